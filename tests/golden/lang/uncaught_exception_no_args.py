# uncaught exceptions whose str() is empty print just the class name (and an empty str subclass name)
class Empty(Exception):
    pass
try:
    raise Empty
except Empty as e:
    print('repr:', repr(e), 'str:', repr(str(e)))
raise Empty()
