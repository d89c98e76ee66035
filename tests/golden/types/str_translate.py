# str.maketrans (1, 2 and 3 arguments) and str.translate with dicts, None deletion, LookupError passthrough
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "see", "\U0001F600": ":)"})
print(sorted(t3.items()), "abc\U0001F600".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): 48}), "hello".translate({}), "".translate({1: 2}))
print("abc".translate({97: "long"}), "abc".translate({97: ""}), "abc".translate([None, "x"] * 60))
class Tbl:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("seven".translate(Tbl()))
print(str.maketrans("", ""), str.maketrans("", "", "xy") == {120: None, 121: None})
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: str.maketrans("abc", "xy"))
t(lambda: str.maketrans({"ab": "x"}))
t(lambda: str.maketrans({1.5: "x"}))
t(lambda: str.maketrans("abc"))
t(lambda: str.maketrans(1, 2))
t(lambda: str.maketrans("a", "b", 3))
t(lambda: str.maketrans())
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate({97: 0x110000}))
t(lambda: "abc".translate({97: -1}))
t(lambda: "abc".translate(5))
class Bad:
    def __getitem__(self, k):
        raise ValueError("bad table")
t(lambda: "abc".translate(Bad()))
