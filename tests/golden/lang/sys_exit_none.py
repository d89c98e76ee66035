# sys.exit() and sys.exit(None): exit status 0, nothing printed; SystemExit caught and inspected first
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print('caught SystemExit', e.code, e.args)
try:
    raise SystemExit('text', 2)
except SystemExit as e:
    print('tuple code', e.code)
print('exiting with None')
sys.exit(None)
