# program: an object-oriented bank simulation — classes, exceptions, dict bookkeeping, sorting, formatting
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return f'Account#{self.id}({self.owner}, {self.balance})'
class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, amount):
        acct = cls(owner, amount)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print('transfer failed:', e)
            return False
        self.accounts[dst].deposit(amount)
        return True
bank = Bank()
a = bank.open(Account, 'ann', 100)
b = bank.open(SavingsAccount, 'bob', 50)
print(bank.transfer(a.id, b.id, 30), bank.transfer(b.id, a.id, 500))
print(b.add_interest(), a, b)
try:
    a.deposit(-5)
except ValueError as e:
    print(e)
for acct in sorted(bank.accounts.values(), key=lambda x: -x.balance):
    print(f'{acct.owner:<5}|{acct.balance:>8.2f}|{len(acct.history)} ops|{type(acct).__name__}')
print(sum(x.balance for x in bank.accounts.values()))
