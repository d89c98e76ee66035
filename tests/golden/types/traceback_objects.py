# traceback objects: tb_next chains innermost last, tb_lineno, tb_frame, tb_lasti; building one with types via type(tb)
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__))
        tb = tb.tb_next
    print(chain)
    TB = type(e.__traceback__)
    print(TB.__name__)
    first = e.__traceback__
    made = TB(None, first.tb_frame, first.tb_lasti, first.tb_lineno)
    print(made.tb_next, made.tb_lineno == first.tb_lineno, made.tb_frame is first.tb_frame)
    made.tb_next = first.tb_next
    print(made.tb_next is first.tb_next)
def reraise():
    try:
        c()
    except ValueError as e:
        raise
try:
    reraise()
except ValueError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ": " + str(ex))
t(lambda: TB())
t(lambda: TB(5, first.tb_frame, 0, 1))
t(lambda: TB(None, 5, 0, 1))
t(lambda: setattr(made, "tb_next", 5))
t(lambda: setattr(made, "tb_next", made))
t(lambda: setattr(made, "tb_lineno", 5))
