# bytes and bytearray at the language level: literals, indexing gives ints, iteration, slicing, concatenation, mutation
b = b'hello'
print(b[0], b[-1], b[1:3], list(b), b + b' world', b * 2, b'l' in b, 108 in b, len(b))
for x in b'AZ':
    print(x, chr(x), end='; ')
print()
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba += b'ef'
ba[1:3] = b'XYZ'
del ba[-1]
print(ba, bytes(ba), len(ba), ba.decode())
try:
    ba[0] = 256
except ValueError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b'x' + 'y'
except TypeError as e:
    print(e)
print(bytes([72, 105]), bytes('é', 'utf-8'), 'é'.encode('latin-1'), b'\xc3\xa9'.decode('utf-8'), bytes(2))
print(b'a' < b'b', b'abc' == bytearray(b'abc'), b''.join([b'x', b'y']), b'%d-%s' % (1, b'z'))
print(repr(b'\x00\n\t\\\'"'), repr(bytearray(b'\xff')), b'abc'.hex(), bytes.fromhex('41 42'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], b'x'[0:0], memoryview(b'ab')[1])
