# traceback objects: __traceback__, tb_lineno, tb_next chain, tb_frame.f_code.co_name, with_traceback
def a():
    b()
def b():
    raise ValueError('deep')
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_filename.endswith('.py'))
def reraiser():
    try:
        a()
    except ValueError as e:
        raise
try:
    reraiser()
except ValueError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
try:
    raise KeyError('x')
except KeyError as e:
    saved = e.__traceback__
try:
    raise RuntimeError('new').with_traceback(saved)
except RuntimeError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
e = ValueError()
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(err)
