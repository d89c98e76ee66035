# try/except/else/finally with return/raise in every clause: which value wins, which clauses run
def run(body, handler, els, fin):
    log = []
    def f():
        try:
            log.append('try')
            if body == 'raise':
                raise ValueError('body')
            if body == 'return':
                return 'try-return'
        except ValueError:
            log.append('except')
            if handler == 'raise':
                raise KeyError('handler')
            if handler == 'return':
                return 'except-return'
        else:
            log.append('else')
            if els == 'raise':
                raise TypeError('else')
            if els == 'return':
                return 'else-return'
        finally:
            log.append('finally')
            if fin == 'return':
                return 'finally-return'
        log.append('after')
        return 'fell-through'
    try:
        result = f()
    except Exception as e:
        result = f'raised {type(e).__name__}'
    return result, log
for body in ['ok', 'raise', 'return']:
    for handler in ['ok', 'raise', 'return']:
        for els in ['ok', 'raise', 'return']:
            for fin in ['ok', 'return']:
                if body != 'raise' and handler != 'ok':
                    continue
                if body != 'ok' and els != 'ok':
                    continue
                print(body, handler, els, fin, '->', *run(body, handler, els, fin))
