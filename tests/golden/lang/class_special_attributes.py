# special attributes of classes and instances: __dict__ (mappingproxy), __bases__, __doc__ not inherited, __module__
class A:
    """A's docstring."""
    x = 1
class B(A):
    y = 2
print(type(A.__dict__).__name__, 'x' in A.__dict__, 'x' in B.__dict__, B.x, B.__doc__, A.__doc__)
try:
    A.__dict__['x'] = 2
except TypeError as e:
    print(e)
print(B.__bases__, B.__base__, A.__bases__, object.__bases__, B.__module__, B.__name__)
b = B()
print(b.__dict__, b.__class__.__name__, b.__module__, b.__doc__)
b.__dict__['z'] = 3
print(b.z, vars(b))
b.__dict__ = {'replaced': True}
print(vars(b))
try:
    b.__dict__ = 5
except TypeError as e:
    print(e)
print(A.__name__, A.__qualname__, A.__mro__, A.mro())
print(hasattr(A, '__weakref__'), hasattr(A, '__annotations__'), '__init__' in dir(A), '__subclasshook__' in dir(A))
print(sorted(n for n in A.__dict__))
class WithInitDoc:
    def method(self):
        """method doc"""
print(WithInitDoc.method.__doc__, WithInitDoc().method.__doc__)
print(int.__name__, int.__module__, int.__qualname__, len.__module__, type.__module__, A.__init__ is object.__init__)
