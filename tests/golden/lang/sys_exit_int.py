# sys.exit(3): SystemExit propagates through finally blocks, exit status 3, nothing printed on stderr
import sys
def leave():
    try:
        print('calling sys.exit(3)')
        sys.exit(3)
    finally:
        print('finally runs during SystemExit')
try:
    leave()
except Exception:
    print('SystemExit is not an Exception')
print('not reached')
