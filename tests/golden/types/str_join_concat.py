# str.join, concatenation, repetition, membership and their TypeErrors
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("1", "2")), "\u00e9".join(["a", "b"]))
print("::".join(iter(["p", "q"])), ", ".join(k for k in {"x": 1, "y": 2}), "+".join(map(str, range(5))))
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "x" * True)
s = "abc"
s += "def"; print(s)
s *= 2; print(s)
class S(str):
    pass
print(type(S("a") + "b").__name__, type("".join([S("a")])).__name__, type(S("ab") * 1).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join(["a", "b", None]))
t(lambda: ",".join([b"a"]))
t(lambda: ",".join(5))
t(lambda: ",".join())
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" + b"b")
t(lambda: "a" + None)
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: "a" * 10**30)
t(lambda: [1] in "abc")
t(lambda: "a" - "b")
t(lambda: -"a")
