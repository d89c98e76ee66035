# str case methods: upper, lower, title, capitalize, swapcase, casefold, including special casing
words = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "ǆungla", "ß straße", "ﬁne ﬂow",
         "İstanbul", "ΣΊΣΥΦΟΣ", "όσος", "ǅ", "123abc def4g", "a_b-c.d", "ŉ", "\U00010428\U00010400", "", "ΐ", "x\u0345"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
print("ΑΣ".lower(), "ΑΣ Α".lower(), "Σ".lower(), "aΣb".lower(), "aΣ.".lower(), "aΣ'".lower())
print("ﬃ".upper(), len("ﬃ".upper()), "ß".upper(), "ß".casefold() == "ss", "Straße".casefold() == "STRASSE".casefold())
print("hello".upper().lower(), "ABC".isupper(), "abc".islower(), "Abc Def".istitle(), "ABC def".istitle())
print("a1B2".swapcase(), "1st 2nd".title(), "o'neil mc-donald".title(), "ǈ".upper(), "ǈ".lower(), "ǉ".title())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "a".upper(1))
t(lambda: str.lower(5))
t(lambda: "a".title(None))
t(lambda: "a".casefold(x=1))
