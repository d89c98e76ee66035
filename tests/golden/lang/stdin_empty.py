# reading from an empty stdin: input() raises EOFError, read/readline return empty strings
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    value = input('prompt> ')
except EOFError as e:
    print('\nEOFError:', e)
for line in sys.stdin:
    print('never')
print('done reading')
input()
