# exception attributes: add_note/__notes__, __cause__, __context__, __suppress_context__, __traceback__, with_traceback
e = ValueError("v")
print(hasattr(e, "__notes__"), e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.add_note("first"); e.add_note("second")
print(e.__notes__, type(e.__notes__).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ": " + str(ex))
t(lambda: e.add_note(5))
t(lambda: e.add_note())
e.__notes__ = "not a list"
t(lambda: e.add_note("x"))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    print(type(k.__cause__).__name__, type(k.__context__).__name__, k.__suppress_context__, k.__traceback__ is not None)
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer")
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
try:
    raise IndexError("x") from None
except IndexError as i:
    print(i.__cause__, i.__suppress_context__, i.__context__)
x = RuntimeError("r")
x.__cause__ = KeyError(1); print(repr(x.__cause__), x.__suppress_context__)
x.__context__ = None; x.__suppress_context__ = False
t(lambda: setattr(x, "__cause__", 5))
t(lambda: setattr(x, "__context__", "s"))
t(lambda: setattr(x, "__traceback__", 5))
t(lambda: x.with_traceback(5))
print(x.with_traceback(None) is x)
try:
    raise ValueError("tb")
except ValueError as v:
    tb = v.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__, tb.tb_frame.f_code.co_name)
    y = TypeError("y").with_traceback(tb)
    print(y.__traceback__ is tb)
class Custom(Exception):
    def __init__(self):
        pass
c = Custom()
print(c.args, repr(c), str(c))
c2 = Exception.__new__(Exception, 1, 2)
print(c2.args)
t(lambda: BaseException(x=1))
t(lambda: Exception.__init__(5))
