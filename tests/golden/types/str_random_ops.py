# pseudo-random strings (deterministic LCG) through split/join/replace/find/count/strip/case and slicing, printed compactly
state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 16) % n
alphabet = "ab c,\tAB\u00e9\u4e2d\U0001F600\n"
strings = ["".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(40))) for _ in range(40)]
for s in strings[:25]:
    print(repr(s[:12]), len(s), s.split(), s.split(",")[:3], s.count("a"), s.find("b"), s.rfind("c"), s.upper()[:5],
          repr(s.strip()[:6]), s[::3][:4], s[::-2][:4], s.replace("a", "XY").count("XY"), s.title()[:4], s.splitlines()[:2])
total = 0
for s in strings:
    total += sum(ord(c) for c in s.swapcase()) + len(s.expandtabs(3)) + s.casefold().count("ss") + len(s.encode("utf-8"))
    total += len(s.encode("utf-16-le")) + s.isalpha() + s.isspace() + s.isupper() + sum(map(len, s.partition("c")))
print(total)
joined = "|".join(strings)
print(len(joined), joined.count("|"), len(joined.split("|")), joined.index("\U0001F600") if "\U0001F600" in joined else -1)
print(sorted(strings)[:3], max(strings)[:5], min(strings, key=len) == "", sorted(strings, key=lambda x: (len(x), x))[-1][:5])
