# assert: passing, failing with and without message, message evaluated lazily, AssertionError attributes
assert True
assert 1 == 1, 'not shown'
def msg():
    print('message evaluated')
    return 'custom message'
assert 1, msg()
try:
    assert 1 == 2
except AssertionError as e:
    print('no message:', repr(e), e.args)
try:
    assert [], msg()
except AssertionError as e:
    print('with message:', e, e.args)
try:
    assert 0, ('tuple', 'message')
except AssertionError as e:
    print(e.args)
def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x * 2
print(check(4))
try:
    check('s')
except AssertionError as e:
    print(e)
assert False, 'uncaught assertion message'
