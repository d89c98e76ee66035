# min, max, sum, round, format, iter and the other builtins
tests = ["min()", "max()", "min([])", "max([], default=5)", "min(1, 2, default=3)", "min(3, 1, 2)", "max('abc')", "min([3,1], key=lambda x: -x)", "max(1, 2, key=None)",
"min(1)", "max(1, 'a')", "min([], key=len)", "min(x=1)", "max([1], foo=1)", "min(1, 2, 3, key=lambda x: x % 2)",
"sum([0.1]*10)", "sum([1e100, 1.0, -1e100, 1.0])", "sum([1, 2.5, 3])", "sum([1, 2], 0.5)", "sum(['a'], '')", "sum([[1], [2]], [])", "sum(x for x in range(5))", "sum([1,2], start=10)",
"sum([True, True])", "sum([2**64, 1.5])", "sum([1.5, 2**64])", "sum([0.1, 0.2, 0.3])", "sum(range(10**6))", "sum([1j, 2.5])", "sum([float('inf'), 1.0])", "sum([float('inf'), -float('inf')])",
"round(2.5)", "round(3.5)", "round(-0.5)", "round(2.675, 2)", "round(1234.5678, -2)", "round(5, -1)", "round(15, -1)", "round(25, -1)", "round(1.5, None)", "round('a')", "round(1e300, 2)",
"round(float('inf'))", "round(float('nan'), 1)", "round(2.5, 0)", "round(0.125, 2)", "round(-1.25, 1)", "round(123, 1)", "type(round(2.5, 0))",
"format(3.14159, '.2f')", "format(1234567, ',')", "format('abc', '>10')", "format(255, 'x')", "format(12)", "format([1])", "format([1], 'x')", "format(1.5, '%')", "format(None)",
"ascii('é')", "ascii([1, 'ü'])", "bin(-5)", "oct(8)", "hex(-255)", "divmod(7, -2)", "divmod(7.5, 2)", "pow(2, 10, 1000)", "pow(2, -1, 5)", "pow(2, -1)", "abs(-3.5)", "abs(-2**70)",
"chr(65)", "chr(-1)", "chr(0x110000)", "ord('')", "ord('ab')", "ord(b'a')", "ord(1)", "callable(len)", "isinstance(1, (str, int))", "issubclass(bool, int)",
"len(5)", "hash([])", "id(1) == id(1)", "iter(5)", "next(iter([]), 'd')", "next(iter([]))", "next(5)", "sorted([3, 1, 2], reverse=True)", "sorted('bca')", "sorted([1], key=1)",
"all([])", "any([])", "all([1, 0])", "getattr(1, 'x')", "getattr(1, 'x', 5)", "hasattr(1, 'real')", "getattr(1, 2)", "repr(1.0)", "list(iter(lambda: 1, 1))", "int('12')",
"print(1, 2, sep='')", "print(end='')", "list(zip([1,2],[3,4]))", "dict(zip('ab', range(2)))", "list(map(str, [1,2]))", "list(reversed([1,2,3]))", "list(enumerate('ab', start=1))",
"min((1, 'a'), (1, 'b'))", "max([1, 2], [1, 3])", "min('b', 'a', key=str.upper)", "sum([], 1.5)", "sum([0.0, -0.0])", "sum([-0.0])", "sum([-0.0], -0.0)"]
for t in tests:
    try: r = eval(t)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(t, "->", repr(r))
