# uncaught exception raised while handling another: both tracebacks, "During handling of the above exception"
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f'cannot parse {text!r}')
def load(items):
    return [parse(t) for t in items]
load(['1', '2', 'three'])
