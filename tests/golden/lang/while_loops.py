# while loops: counters, sentinel loops, nested whiles with flags, while True with several exits, loop-carried state
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz 27 steps', steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
data = [5, 3, -1, 8]
i = 0
while i < len(data) and data[i] >= 0:
    i += 1
print('first negative at', i)
row = 0
found = None
while row < 5 and found is None:
    col = 0
    while col < 5:
        if row * col == 6:
            found = (row, col)
            break
        col += 1
    row += 1
print('found', found)
queue = [1]
seen = []
while queue:
    x = queue.pop(0)
    if x in seen or x > 20:
        continue
    seen.append(x)
    queue += [x * 2, x * 3]
print(sorted(seen))
total = 0
while True:
    total += 7
    if total % 5 == 0:
        reason = 'multiple of 5'
        break
    if total > 100:
        reason = 'too big'
        break
print(total, reason)
countdown = 3
while countdown:
    print('countdown', countdown)
    countdown -= 1
else:
    print('liftoff')
