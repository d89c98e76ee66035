# UTF-8/ASCII decoding under every error handler, property read-only members, bytes containment
p = property(len)
for a in ('fget','fset','fdel','__doc__'):
    try: setattr(p, a, 1); print(a, 'ok')
    except Exception as e: print(a, type(e).__name__, e)
    try: delattr(p, a); print(a, 'del ok')
    except Exception as e: print(a, type(e).__name__, e)
for t in (b'\xff\xfe', b'\xe2\x28\xa1', b'\xe2\x82', b'a\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\x80x', b'\xf4\x90\x80\x80', b'ab\x80cd', b'ok\xf0\x9f\x98\x80'):
    r = []
    for err in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape'):
        try: r.append(repr(t.decode('utf-8', err)))
        except UnicodeDecodeError as e: r.append('UDE(%s|%d-%d)' % (e, e.start, e.end))
        try: r.append(repr(t.decode('ascii', err)))
        except UnicodeDecodeError as e: r.append('UDE(%s|%d-%d)' % (e, e.start, e.end))
    print(r)
print(str(b'h\xc3\xa9', 'utf-8'), str(b'h\xff', errors='replace'), str(bytearray(b'ab'), 'ascii'))
for f in (lambda: 'a' in b'abc', lambda: 97 in b'abc', lambda: b'b' in b'abc', lambda: bytearray('a', 1), lambda: format(1, None), lambda: b'abc'.endswith('c'), lambda: b'abc'.endswith(b'c')):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for enc in ("latin-1", "ascii", "utf-16", "utf-16-le", "utf-32", "cp1252", "utf-8-sig"):
    for d in (b"ab", b"\xff\xfeA\x00", b"\xef\xbb\xbfhi", b"\x81\x80"):
        try:
            print(enc, d, repr(d.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, d, "UnicodeDecodeError:", e)
for f in (lambda: b"abc".decode("nope"), lambda: b"\xff".decode("utf-8", "nope"), lambda: b"abc".decode("hex"), lambda: b"a".decode("utf-16"), lambda: str(b"a", 5), lambda: str("a", "utf-8"), lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800"):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ": " + str(e))
m = memoryview(bytearray(b"hello"))
m[0] = 74; print(m.tobytes(), m[1:4].tobytes(), m[::-1].tolist(), m.hex(":"), bytes(m), b"x" + m, m == b"Jello", len(m), m[(1,)])
