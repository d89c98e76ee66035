# complete dir() listings of object, type, functions, methods, generators, coroutines, modules, descriptors, exceptions
import sys
def f(): pass
def g(): yield
async def c(): pass
class K:
    def m(self): pass
co = c()
objs = [object, type, type(f), type(K().m), type(len), type(g()), type(co), type(sys), property, classmethod, staticmethod,
        super, slice, type(None), BaseException, type(f.__code__), type(sys._getframe()), type((lambda: f).__closure__ or ())]
co.close()
for cls in objs:
    names = dir(cls)
    print(cls.__name__, len(names))
    print([n for n in names if n.startswith("__")])
    print([n for n in names if not n.startswith("__")])
print(sorted(set(dir(Exception)) ^ set(dir(BaseException))), sorted(set(dir(OSError)) - set(dir(Exception))))
print(sorted(set(dir(ExceptionGroup)) - set(dir(Exception))), sorted(set(dir(SyntaxError)) - set(dir(Exception))))
print(sorted(set(dir(StopIteration)) - set(dir(Exception))), sorted(set(dir(UnicodeDecodeError)) - set(dir(Exception))))
