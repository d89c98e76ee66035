# exception raised inside a generator while a for loop consumes it
def numbers():
    yield 1
    yield 2
    raise ValueError('generator failed after two values')
for n in numbers():
    print('got', n)
