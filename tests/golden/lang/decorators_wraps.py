# decorators that preserve metadata by hand (like functools.wraps), decorators on methods/classmethods/properties
def wraps(wrapped):
    def deco(wrapper):
        for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f'{fn.__qualname__}{args[1:] if args and hasattr(args[0], "__dict__") else args} -> {result!r}')
        return result
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
class Service:
    @logged
    def compute(self, x):
        return x * 10
    @classmethod
    @logged
    def create(cls):
        return cls.__name__
    @property
    @logged
    def status(self):
        return 'ok'
    @staticmethod
    @logged
    def helper(v):
        return -v
s = Service()
s.compute(4)
Service.create()
print(s.status)
Service.helper(5)
def retry(times):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f'attempt {attempt} failed: {e}')
            raise RuntimeError(f'{fn.__name__} failed {times} times')
        return wrapper
    return deco
state = {'n': 0}
@retry(3)
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError(f'not yet ({state["n"]})')
    return 'succeeded'
print(flaky())
@retry(2)
def always_fails():
    raise ValueError('nope')
try:
    always_fails()
except RuntimeError as e:
    print(e)
