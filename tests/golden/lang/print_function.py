# print(): sep/end/file/flush argument handling, printing to custom writers, errors for bad arguments
import sys
class Collector:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
c = Collector()
print('a', 'b', 1, sep='|', end='$', file=c)
print(file=c)
print('flushed', file=c, flush=True)
print(c.parts)
print('sep None', 'end None', sep=None, end=None)
print('file None goes to stdout', file=None)
for kwargs in [{'sep': 5}, {'end': b'x'}, {'file': 'not a file'}, {'bogus': 1}]:
    try:
        print('x', **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Obj:
    def __str__(self): return 'Obj.__str__'
print(Obj(), [Obj.__name__], sep='\n')
print(*'abc', sep='')
print('', end='')
print('\t tab and unicode é', 'x' * 3)
sys.stdout.write('direct write\n')
print(sys.stdout.writable(), sys.stderr.writable(), sys.stdout.isatty())
class BadWriter:
    def write(self, s): raise OSError('disk full')
try:
    print('x', file=BadWriter())
except OSError as e:
    print('OSError', e)
