# loop else clauses in edge cases: empty iterables, exceptions, return, nested loops, while with break in else
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return 'not found'
    return f'found at {i}'
print(search([], 1), search([1, 2], 2), search([1, 2], 3))
def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            return 'returned from loop, else skipped'
    else:
        return 'while else'
print(while_else(3), while_else(10))
try:
    for x in [1, 2]:
        if x == 2:
            raise ValueError('exception skips else')
    else:
        print('not printed')
except ValueError as e:
    print(e)
for a in range(2):
    for b in range(2):
        pass
    else:
        print('inner else', a)
else:
    print('outer else')
count = 0
while count < 3:
    count += 1
    continue
else:
    print('continue does not skip else', count)
for i in range(3):
    pass
else:
    for j in range(2):
        if j == 1:
            break
    else:
        print('no')
    print('break inside the else clause only exits the inner loop', j)
