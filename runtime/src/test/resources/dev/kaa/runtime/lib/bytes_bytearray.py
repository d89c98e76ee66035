# bytes and bytearray methods, mutation and errors
tests = ["b'abc'.find('a')", "b'abc'.find(300)", "b'abc'.find(98)", "b'a'.join([1])", "b'abc'.split('a')", "b'abc'.replace('a','b')", "b'abc'.strip('a')",
"b'abc'.index(b'z')", "b'a'.center(5, 'x')", "b'ab'.startswith('a')", "bytes.fromhex('zz')", "bytes.fromhex('a')", "bytes.fromhex('ab cd')", "b'x'.zfill(5)", "b'a\\tb'.expandtabs()",
"b'a\\nb\\r\\nc'.splitlines(True)", "b'abc'.hex(':')", "b'abcdef'.hex(':', 2)", "bytes.maketrans(b'ab', b'c')", "b'abc'.translate(bytes.maketrans(b'ab', b'cd'), b'c')",
"b'abc'.translate(None, b'a')", "bytearray(b'ab').pop(5)", "bytearray().pop()", "bytearray(b'a').remove(98)", "bytearray(b'a').append(300)", "bytearray(b'a').append('a')",
"bytearray(-1)", "bytearray('a')", "bytearray('é', 'utf-8')", "bytearray(3)", "bytearray([1,2])", "bytearray(b'abc')[5]", "bytearray(b'abc')['a']",
"hash(bytearray())", "bytearray(b'ab') == b'ab'", "b'ab' + bytearray(b'c')", "bytearray(b'ab') + b'c'", "bytearray(b'a') * 3", "str(bytearray(b'a\\xff'))",
"repr(bytearray(b\"a'\"))", "bytearray(b'abc').upper()", "bytearray(b'a b').split()", "b'a,b,,c'.split(b',')", "b'a,b,,c'.rsplit(b',', 1)", "b'  ab  '.strip()", "b'xxabxx'.strip(b'x')",
"b'abc'.partition(b'b')", "b'abc'.rpartition(b'z')", "b'hello world'.title()", "b'Hello'.swapcase()", "b'hello'.capitalize()", "b'abc'.isalpha()", "b'12'.isdigit()", "b''.isspace()",
"b'Ab Cd'.istitle()", "b'abc'.count(b'')", "b'aaa'.count(b'a', 1)", "b'abcabc'.rfind(b'b')", "b'abc'.rindex(b'c', 0, 2)", "b'abc'.startswith((b'x', b'a'))", "b'abc'.endswith(b'bc', 1)",
"b'abc'.removeprefix(b'a')", "b'abc'.removesuffix(b'c')", "b'ab'.ljust(5, b'-')", "b'ab'.rjust(5)", "b'ab'.center(6, b'*')", "b'-12'.zfill(6)", "b'a'.isascii()", "b'\\xff'.isascii()",
"bytearray(b'abc').replace(b'b', b'XX')", "b'abcb'.replace(b'b', b'', 1)", "b''.join([b'a', bytearray(b'b')])", "bytearray(b'-').join([b'a', b'b'])", "list(b'ab')", "list(bytearray(b'ab'))",
"b'a' in bytearray(b'abc')", "98 in bytearray(b'abc')", "bytearray(b'abc')[::-1]", "bytearray(b'abc')[1]", "bytearray(b'abc').decode()", "bytearray.fromhex('41 42')",
"bytes(bytearray(b'xy'))", "bytearray(b'xy').copy()", "bytearray(b'xy').lower()", "b'a b  c'.split(None, 1)", "b'  a b '.rsplit()", "bytearray(b'ab') < b'b'", "b'ab' < bytearray(b'b')",
"len(bytearray(b'abc'))", "bytearray(b'abc').index(99)", "b'abc'.find(b'c', -1)", "b'abc'.find(b'a', None, 2)", "b'ab'.split(b'')", "bytearray(b'ab').extend(1)", "bytes(b'a').isalnum()",
"bytearray(b'abc').endswith(b'c')", "bytearray(b'a').insert(0, 98)", "bytearray(b'x').__alloc__() > 0", "str(b'ab', 'ascii')", "str(bytearray(b'ab'), 'ascii')", "b'abc'.strip(None)"]
for t in tests:
    try: r = eval(t)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(t, "->", repr(r))
b = bytearray(b'hello')
b[0] = 72; b[1:3] = b'EY'; print(b)
b[::2] = b'xyz'; print(b)
try: b[::2] = b'xy'
except Exception as e: print(type(e).__name__, e)
del b[0]; print(b); del b[::2]; print(b)
b += b'!!'; print(b); b *= 2; print(b)
b.extend([65, 66]); b.extend(b'CD'); b.append(69); b.insert(-1, 70); print(b)
print(b.pop(), b.pop(0), b); b.remove(33); print(b); b.reverse(); print(b); b.clear(); print(b)
try: b[0] = 1
except Exception as e: print(type(e).__name__, e)
c = bytearray(b'abc')
try: c[0] = 256
except Exception as e: print(type(e).__name__, e)
try: c[0] = 'a'
except Exception as e: print(type(e).__name__, e)
c[1:2] = [1, 2, 3]; print(c); c[5:] = bytearray(b'zz'); print(c)
try: c[0:1] = 5
except Exception as e: print(type(e).__name__, e)
class B(bytearray): pass
x = B(b'q'); x.attr = 1; print(x, type(x).__name__, x.attr, x + b'r')
