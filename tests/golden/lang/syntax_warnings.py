# SyntaxWarnings printed at compile time (with the source line), the program still runs
x = 5
print(x is 5, x is not 'a')
def f():
    return [1, 2][0](1) if False else 'ok'
print(f())
print('\d is an invalid escape but kept', len('\d'))
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    [1][0, 1]
except TypeError as e:
    print(e)
assert (x, 'message is a tuple: always true')
print('done')
