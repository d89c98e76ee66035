# text and binary files: tell()/seek() positions, whence rules, tell() disabled while iterating, encodings
# (the scratch file lives in /tmp: Kaa has no os.remove yet, so it is overwritten, never deleted)
name = "/tmp/kaa_golden_open_seek_tell.tmp"
with open(name, "w", encoding="utf-8") as f:
    print(f.tell(), f.seekable(), f.encoding)
    f.write("héllo\nwörld\nlast line\n")
    print(f.tell())
with open(name) as f:
    print(f.encoding, repr(f.readline()), f.tell())
    print(repr(f.read(3)), f.tell())
    print(f.seek(0), repr(f.read(2)), f.seek(0, 2), repr(f.read()))
    for line in f:
        pass
    print(f.tell())
    f.seek(0)
    next(f)
    try:
        f.tell()
    except OSError as e:
        print("OSError:", e)
    for (cookie, whence) in [(1, 1), (1, 2), (-1, 0), (0, 3)]:
        try:
            f.seek(cookie, whence)
        except (OSError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    try:
        f.seek(0, 1)
    except OSError as e:
        print("OSError:", e)
    print(f.seek(3), f.seek(0, 1), f.tell(), repr(f.read(1)))
with open(name, "rb") as f:
    print(f.seekable(), f.read(3), f.tell(), f.seek(-4, 2), f.read(), f.seek(2), f.seek(1, 1), f.read(2))
with open(name, "a", encoding="latin-1") as f:
    print(f.tell(), f.encoding)
    f.write("caf\xe9\n")
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
with open(name, encoding="ascii", errors="replace") as f:
    print(repr(f.readline()))
with open(name, "w", encoding="ascii") as f:
    try:
        f.write("\u20ac")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
