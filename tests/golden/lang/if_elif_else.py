# if / elif / else chains, nested ifs, truthiness of conditions, single-line forms
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        if n % 2:
            return 'small odd'
        else:
            return 'small even'
    else:
        return 'large'
for n in [-5, 0, 3, 4, 50]:
    print(n, classify(n))
if []: print('empty list is true?')
else: print('empty list is false')
x = 0
if x: pass
elif not x: print('elif taken')
if 'non-empty' and 1 and [0]:
    print('all truthy')
if None is None is not False:
    print('chained is')
def side(v):
    print('side', v)
    return v
if side(0) or side(2):
    print('or picked 2')
if side(1) and side(0):
    print('unreachable')
else:
    print('and stopped at 0')
