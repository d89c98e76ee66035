# TypeError from a wrong call inside a method, traceback with carets under the call
class Greeter:
    def greet(self, name, punctuation):
        return 'hello ' + name + punctuation
g = Greeter()
print(g.greet('a', '!'))
print(g.greet('b'))
