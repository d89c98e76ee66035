# SystemExit raised inside nested functions and with statements: __exit__ sees it, exit status from the code
import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('__exit__ saw', t.__name__, v.code)
        return False
def inner():
    with CM():
        sys.exit(4)
try:
    inner()
finally:
    print('outer finally')
