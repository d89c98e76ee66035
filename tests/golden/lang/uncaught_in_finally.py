# exception raised in a finally block while another propagates: chained traceback
def cleanup():
    raise OSError('cleanup failed')
def work():
    try:
        raise ValueError('work failed')
    finally:
        cleanup()
work()
