# sys.exit(True) exits with status 1 (bool is an int); output flushed first
import sys
print('exit(True)', end='')
sys.exit(True)
