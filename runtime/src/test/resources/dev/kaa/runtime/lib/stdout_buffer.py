# sys.stdout.buffer: bytes and text in order
import sys
b = sys.stdout.buffer
print('text first')
b.write(b'bytes\n'); b.write(bytearray(b'more\n'))
print('text again', b.write(b'x\n'))
try: b.write('x')
except Exception as e: print(type(e).__name__, e)
b.writelines([b'l1\n', b'l2\n'])
sys.stdout.write('end\n')
print(b.writable(), b.readable(), b.closed, b.mode)
