# program: a vending machine state machine with match on (state, event) tuples, class constants and a transition log
class State:
    IDLE = 'idle'
    HAS_MONEY = 'has_money'
    VENDING = 'vending'
class Machine:
    PRICE = 3
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.log = []
    def handle(self, event, arg=None):
        before = self.state
        match (self.state, event):
            case (State.IDLE | State.HAS_MONEY, 'coin') if arg in (1, 2):
                self.credit += arg
                self.state = State.HAS_MONEY
            case (_, 'coin'):
                self.log.append(f'rejected coin {arg!r}')
                return
            case (State.HAS_MONEY, 'select') if self.credit >= self.PRICE:
                self.credit -= self.PRICE
                self.state = State.VENDING
            case (State.HAS_MONEY, 'select'):
                self.log.append(f'need {self.PRICE - self.credit} more')
                return
            case (State.VENDING, 'take'):
                self.state = State.HAS_MONEY if self.credit else State.IDLE
            case (State.HAS_MONEY, 'refund'):
                self.log.append(f'refunded {self.credit}')
                self.credit = 0
                self.state = State.IDLE
            case (state, ev):
                self.log.append(f'ignored {ev} in {state}')
                return
        self.log.append(f'{before} --{event}--> {self.state} (credit {self.credit})')
m = Machine()
for ev in [('select',), ('coin', 1), ('select',), ('coin', 5), ('coin', 2), ('coin', 2), ('select',), ('coin', 1),
           ('take',), ('refund',), ('take',)]:
    m.handle(*ev)
print('\n'.join(m.log))
print(m.state, m.credit)
