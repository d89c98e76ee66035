# definitions are statements: functions/classes defined conditionally, redefined, in loops, deleted
import sys
if sys.maxsize > 2**32:
    def platform():
        return '64-bit'
else:
    def platform():
        return '32-bit'
print(platform())
def f():
    return 'first'
g = f
def f():
    return 'second'
print(f(), g(), f is g)
handlers = []
for name in ['a', 'b', 'c']:
    def handler(n=name):
        return n.upper()
    handlers.append(handler)
print([h() for h in handlers], handlers[0] is not handlers[1])
class Config:
    pass
if True:
    class Config:
        version = 2
print(Config.version)
def maybe_class(flag):
    if flag:
        class K:
            kind = 'flagged'
    else:
        class K:
            kind = 'plain'
    return K.kind
print(maybe_class(True), maybe_class(False))
del f
try:
    f()
except NameError as e:
    print(e)
try:
    undefined_yet()
except NameError as e:
    print(e)
def undefined_yet():
    return 'now defined'
print(undefined_yet())
