# eval() of literal expressions of every kind: numbers in all bases, strings with prefixes/escapes, containers, constants
exprs = ["0", "-0", "0x1F", "0o17", "0b1010", "1_000_000", "1.5e3", ".5", "5.", "1e-3", "1j", "2.5J", "0xFF_FF", "00", "0e0",
         "'a' 'b'", "\"dq\"", "'''tri\nple'''", "r'\\n'", "b'\\x00'", "rb'\\d'", "'\\u00e9\\N{DEGREE SIGN}\\U0001F600'", "f'{1+1}'",
         "()", "(1,)", "[]", "[1, [2]]", "{}", "{1: 2}", "{1, 2}", "{*[1], *(2,)}", "[*'ab']", "{**{1: 2}, 3: 4}", "(*range(3),)",
         "None", "True", "False", "...", "1 if 0 else 2", "not 1", "-(-1)", "~5", "+True", "2**-1", "7//2", "-7%3", "1<2<3",
         "'%s-%d' % ('x', 3)", "b'%d' % 5", "'ab'[::-1]", "[1, 2, 3][-1]", "{'k': 'v'}['k']", "len('four')", "1e309", "-1e309",
         "0.1 + 0.2", "10**20", "2**64 - 1", "'é'.encode()", "lambda: 0 and 1", "(lambda x: x * 2)(4)", "[i * i for i in range(4)]",
         "{i: chr(65 + i) for i in range(3)}", "{c for c in 'aab'} == {'a', 'b'}", "(x for x in []).__class__.__name__"]
for e in exprs:
    try:
        v = eval(e)
        print(repr(e), "->", repr(v) if not callable(v) else "callable")
    except Exception as ex:
        print(repr(e), "->", type(ex).__name__ + ":", ex)
for bad in ("0x", "1__0", "0b2", "09", "1e", "'abc", "b'\\x12' + 1", "'\\N{nope}'", "1 +", "[1, 2", "{1: }", "b'é'"):
    try:
        eval(bad)
    except SyntaxError as ex:
        print(repr(bad), "SyntaxError:", ex.msg, ex.lineno, ex.offset)
    except Exception as ex:
        print(repr(bad), type(ex).__name__ + ":", ex)
