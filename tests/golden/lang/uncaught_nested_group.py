# an uncaught nested ExceptionGroup with a note and a cause
def inner():
    raise ExceptionGroup('inner group', [KeyError('k'), OSError('io')])
try:
    inner()
except ExceptionGroup as eg:
    group = ExceptionGroup('outer group', [ValueError('v'), eg])
    group.add_note('note on the outer group')
    raise group
