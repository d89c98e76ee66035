# str.find/rfind/index/rindex/count with start/end (negative, None, out of range) and their errors
s = "abracadabra"
for sub in ("a", "abra", "c", "z", "", "ra", "abracadabra!"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 1), s.rfind(sub, 0, 8),
          s.find(sub, -4), s.count(sub, 2, -2), s.find(sub, 100), s.count(sub, -100, 100), s.find(sub, None, None))
print("".find(""), "".count(""), "abc".count(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rfind("", 1, 2))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "\U0001F600ab\U0001F600".find("\U0001F600", 1))
print(s.index("c"), s.rindex("a"), s.index("a", 1, 4), s.rindex("abra", 0, 11), "x\u00e9\u00e9".index("\u00e9\u00e9"))
print("a" in s, "cad" in s, "" in s, "dc" in s, "A" in s)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: s.index("z"))
t(lambda: s.rindex("z"))
t(lambda: s.index("a", 1, 2))
t(lambda: s.find(1))
t(lambda: s.count(None))
t(lambda: s.find("a", "1"))
t(lambda: s.find("a", 1.5))
t(lambda: s.find())
t(lambda: s.find("a", 1, 2, 3))
t(lambda: 1 in s)
t(lambda: s.count("a", 10**30))
t(lambda: s.find("a", -10**30))
class I:
    def __index__(self): return 4
print(s.find("a", I()), s.count("a", I(), None))
