# break/continue inside try/finally and with blocks, nested loops exiting early, return from loops
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
for i in range(3):
    try:
        if i == 1:
            continue
        print('try', i)
    finally:
        print('finally', i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('cleanup', i)
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return False
for i in range(3):
    with CM():
        if i == 0:
            continue
        if i == 1:
            break
print('done')
def gen_loop():
    for i in range(10):
        try:
            yield i
        finally:
            if i == 2:
                print('generator finally at 2')
g = gen_loop()
for v in g:
    if v == 2:
        break
g.close()
count = 0
while True:
    try:
        count += 1
        if count > 3:
            break
    except Exception:
        pass
print('count', count)
