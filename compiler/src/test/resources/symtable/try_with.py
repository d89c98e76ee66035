def f():
    try:
        with open(p) as (fh, g):
            pass
    except E as err:
        pass
    finally:
        del fh
