# return/break/continue inside finally override the pending return value or exception
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'exception swallowed by return in finally'
print(swallow())
def loop_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f'broke at {i}'
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def count_finally():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print('n in finally', n)
print(count_finally())
def nested_returns():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        print('outer finally after inner return 2')
print(nested_returns())
def return_in_except():
    try:
        raise IndexError
    except IndexError:
        return 'from except'
    finally:
        print('finally after except-return')
print(return_in_except())
