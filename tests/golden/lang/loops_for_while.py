# for and while loops with else, break, continue, nested loops, loop over various iterables
for i in range(3):
    print('for', i)
else:
    print('for-else runs when no break')
for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print('body', i)
else:
    print('not printed')
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print('even', n)
else:
    print('while-else', n)
while True:
    n -= 1
    if n < 2:
        break
print('after while True', n)
for outer in range(3):
    for inner in range(3):
        if inner > outer:
            break
        print(outer, inner, end='; ')
    else:
        print('inner completed', end='; ')
print()
for ch in 'ab': print(ch, end=' ')
for k in {'x': 1, 'y': 2}: print(k, end=' ')
for k, v in {'x': 1}.items(): print(k, v, end=' ')
for item in (1, 2): print(item, end=' ')
for b in b'AB': print(b, end=' ')
print()
for i in []:
    print('never')
else:
    print('empty loop else')
x = 10
for x in range(3):
    pass
print('loop variable after loop', x)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
