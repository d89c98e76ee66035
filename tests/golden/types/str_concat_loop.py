# s += t in loops (Kaa appends in place to a shared buffer): older strs keep their value, forks copy,
# results compare, hash and encode like any str; mixed BMP and astral pieces, lone surrogates stay apart
s = ""
for i in range(3000):
    s += str(i % 10)
t = s
a = s + "x"
b = s + "y"
s += "z"
print(len(s), s[-3:], a[-2:], b[-2:], t[-2:], len(t), a == t + "x", hash(a) == hash(t + "x"))
c = "q" * 300
d = c + "ab"
e = d + "cd"
f = d + "ef"
g = e + "gh"
print(d[-4:], e[-4:], f[-4:], g[-6:], len(g), g.count("q"), e in {f: 1, e: 2}, {e: 5}[c + "abcd"])
w = "w" * 300
for k in range(100):
    w = w + "\U0001F600" if k == 50 else w + "a"
print(len(w), w[349:352], w.encode("utf-8")[-5:])
print(repr(("x" * 260 + "y")[-3:]), ("x" * 400 + "\ud800") + "\udc00" == "x" * 400 + "\ud800\udc00", len(("x" * 400 + "\ud800") + "\udc00"))
parts = []
acc = "#" * 256
for i in range(200):
    acc += "-" if i % 2 else "+"
    parts.append(acc)
print(len(set(parts)), [len(p) for p in parts[:3]], parts[0][-3:], parts[1][-3:], parts[-1][-3:], max(parts) == parts[-1])
lines = ""
for i in range(500):
    lines += f"{i:04d},"
    if i % 50 == 49:
        lines += "\n"
print(len(lines), lines.count("\n"), lines.split("\n")[3][:20], lines[-10:].upper(), lines.startswith("0000,0001"))
