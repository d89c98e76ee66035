for i in range(10):
    if i % 2:
        continue
    elif i > 7:
        break
    print(i)
else:
    print("done")

while x:
    x -= 1
    if x == 3:
        break
else:
    pass

while True:
    y += 1
    if y > 10:
        break

if a and (b or c):
    pass
elif not d:
    pass
else:
    e = 1

assert x > 0, "positive"
assert y
