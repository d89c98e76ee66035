# OSError: errno/strerror/filename/filename2 attributes, str formats, automatic subclass selection by errno
for args in ((), ("msg",), (2, "No such file"), (2, "No such file", "a.txt"), (2, "msg", "a", None, "b"), (1, 2, 3, 4, 5, 6)):
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
for code in (1, 2, 4, 9, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 999):
    e = OSError(code, "text")
    print(code, type(e).__name__, isinstance(e, OSError))
e = FileNotFoundError(2, "No such file or directory", "missing.txt")
print(e, repr(e), e.errno, e.filename)
e = FileExistsError("just a message")
print(e, e.errno, e.args)
e = PermissionError(13, "Permission denied", "x", None, "y")
print(e, repr(e))
e = OSError(2, "msg")
e.filename = "later.txt"
print(e, e.args)
e.errno = 99; e.strerror = "other"
print(e, e.errno)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__, type(OSError.__new__(OSError, 2, "x")).__name__)
print(BlockingIOError(11, "blocked", 5).characters_written)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: BlockingIOError(11, "x").characters_written)
t(lambda: open("/nonexistent/dir/file.txt"))
t(lambda: OSError(x=1))
