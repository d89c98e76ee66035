# str predicates: isalpha isalnum isdigit isdecimal isnumeric isspace isupper islower istitle isascii isprintable isidentifier
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "\u0661\u0662", "\u00bd", "\u2460", "\u00b2", "\u4e00", "Ⅻ",
           " ", "\t\n", "\u3000", "\x1c", "\u200b", "a b", "_x", "x1", "1x", "def", "\u00e9t\u00e9", "\x7f", "\xa0",
           "\U0001F600", "𝔘𝔫𝔦", "ǅ", "Σίσυφος", "\ufeff", "a\u0301", "\u0e50", "$x", "\U000104a0", "Hello World", "ß"]
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isupper(),
             s.islower(), s.istitle(), s.isascii(), s.isprintable(), s.isidentifier()]
    print(repr(s), "".join("1" if f else "0" for f in flags))
print("if".isidentifier(), "None".isidentifier(), "_".isidentifier(), "\u2118".isidentifier(), "a\u00b7".isidentifier())
print("℘x".isidentifier(), "x℮".isidentifier(), "·x".isidentifier(), "𝔘".isidentifier(), "ᢅ".isidentifier())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "a".isalpha(1))
t(lambda: str.isdigit(b"1"))
t(lambda: "x".isidentifier("y"))
