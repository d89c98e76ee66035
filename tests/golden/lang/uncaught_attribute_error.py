# AttributeError traceback with the "Did you mean" suggestion printed by the traceback module
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
c = Config()
print(c.timeout)
print(c.timeuot)
