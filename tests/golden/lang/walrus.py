# assignment expressions (:=) in if, while, comprehensions (binding the enclosing scope), calls
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print('long', n)
it = iter(data)
while (x := next(it, None)) is not None:
    if x > 4:
        break
print('stopped at', x)
print([y for v in data if (y := v * 2) > 6], y)
print(total := sum(data), total)
def f():
    [last := i for i in range(4)]
    return last
print(f())
print((a := 1, b := 2), a + b)
vals = [(w := v) + w for v in range(3)]
print(vals, w)
def g():
    if any((found := v) > 5 for v in data):
        return found
print(g())
print({k: (kk := k * 10) for k in range(2)}, kk)
print(f'{(z := 7)} {z}')
