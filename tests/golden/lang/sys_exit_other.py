# sys.exit with a non-int, non-str object: printed (str()) to stderr, status 1
import sys
class Reason:
    def __str__(self):
        return 'custom exit reason'
sys.stdout.write('partial line without newline')
sys.exit(Reason())
