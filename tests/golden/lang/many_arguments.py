# calls with many positional and keyword arguments, big *args/**kwargs, deep argument forwarding
def f(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())
args = list(range(1000))
kwargs = {f'k{i}': i for i in range(500)}
print(f(*args), f(**kwargs), f(*args, **kwargs))
def forward(*a, **k):
    return f(*a, **k)
def forward2(*a, **k):
    return forward(*a, extra=1, **k)
print(forward2(1, 2, 3, x=4))
def fixed(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0=0, b1=1, b2=2, *, c0, c1=11, c2=12):
    return a0 + a9 + b2 + c0 + c2
print(fixed(*range(10), c0=100), fixed(*range(13), c0=1, c2=2))
print(fixed(a0=1, a1=2, a2=3, a3=4, a4=5, a5=6, a6=7, a7=8, a8=9, a9=10, c0=0))
big_tuple = tuple(range(300))
print(max(*big_tuple), min(big_tuple), len(f(*big_tuple, *big_tuple)))
lit = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]
print(sum(lit), len({i: i for i in lit}), print(*lit[:20]))
