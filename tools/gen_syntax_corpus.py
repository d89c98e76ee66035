#!/usr/bin/env python3.13
"""Regenerate the syntax-error corpus: compiler/src/test/resources/syntax-corpus/corpus.jsonl.

    PYENV_VERSION=3.13.0 python3.13 tools/gen_syntax_corpus.py [--stdlib LIB]

Snippets come from two places:
  * CPython 3.13's own tests (Lib/test of the installed interpreter): the SyntaxError doctests
    (test_syntax and others), and the string and bytes literals those test modules hand to compile(),
    exec(), eval(), _check_error(), check_syntax_error(), assertAllRaise() and friends, or keep in
    variables and literal lists. Test modules are only parsed, never run: values come from
    ast.literal_eval of literal nodes.
  * Our own cases below (indentation, tabs, brackets, numbers, strings, f-strings, keywords, `match`,
    `except*`, type parameters, walrus, deep nesting, NUL bytes, invalid UTF-8, coding cookies, huge lines).

Each snippet's expected outcome is what CPython 3.13 says for ast.parse(source_bytes, '<file>'), in the
issue's oracle format: `Kind 'msg' lineno offset end_lineno end_offset`; `Kind: message` (a traceback's last
line) for MemoryError/RecursionError; `OK` for valid code. Harvested snippets that CPython accepts are
dropped (they were not error cases); our own valid cases are kept as `OK`.

One JSON object per line: id, one of source (text) / source_b64 (bytes that are not UTF-8) /
source_parts ([[text, repeat], ...] concatenated, for megabyte and deeply nested inputs), expected.
"""
import argparse
import ast
import base64
import doctest
import json
import os
import sys
import textwrap
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_dump import error_outcome  # noqa: E402  (the one definition of the oracle's answer)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compiler", "src", "test", "resources",
                   "syntax-corpus", "corpus.jsonl")

# Test modules mined for snippets.
TEST_MODULES = [
    "test_syntax.py", "test_fstring.py", "test_exceptions.py", "test_eof.py", "test_grammar.py",
    "test_string_literals.py", "test_unparse.py", "test_positional_only_arg.py", "test_type_params.py",
    "test_type_aliases.py", "test_patma.py", "test_named_expressions.py", "test_genexps.py",
    "test_unpack.py", "test_unpack_ex.py", "test_keywordonlyarg.py", "test_global.py", "test_compile.py",
    "test_ast/test_ast.py", "test_tokenize.py", "test_utf8source.py", "test_source_encoding.py",
    "test_except_star.py", "test_scope.py", "test_flufl.py", "test_decorators.py", "test_with.py",
    "test_raise.py", "test_dictcomps.py", "test_setcomps.py", "test_codeop.py", "test_coroutines.py",
    "test_asyncgen.py", "test_generators.py", "test_print.py", "test_pep646_syntax.py",
    "test_future_stmt/test_future.py", "test_traceback.py", "test_builtin.py", "test_listcomps.py",
    "test_lambda.py", "test_string.py", "test_cmd_line_script.py", "test_peepholer.py",
]

# Calls whose arguments at these positions are source code (None: every position).
CODE_ARGS = {
    "compile": (0,), "exec": (0,), "eval": (0,), "parse": (0,), "dedent": (0,),
    "_check_error": (0,), "check_syntax_error": (1,), "assertSyntaxError": (0,), "assertAllRaise": (2,),
    "check": (0, 1), "ckmsg": (0,), "ai": (0,), "assertInvalid": (0,), "assert_syntax_error": (0,),
    "run_code": (0,), "make_script": (2,), "check_tokenize": (0,), "check_invalid": (0,),
    "assertRaises": None, "_check_in_scopes": (0,), "check_syntax_warning": (1,), "check_error": (0,),
    "assertSyntaxErrorMatches": (0,), "check_ast_roundtrip": (0,), "check_invalid_syntax": (0,),
    "_check_compile": (0,), "_check_code": (0,), "compile_command": (0,), "assertIncomplete": (0,),
    "assertNotIncomplete": (0,), "assertSyntaxWarning": (0,), "test_compile": (0,),
}
# Variables whose literal values are messages or expectations rather than code.
NOT_CODE_NAMES = ("msg", "expect", "err", "message", "regex", "pattern", "want", "output", "result", "name",
                  "doc", "errtext", "exc", "warning", "encoding", "filename", "path", "text")


def call_name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def literal(node):
    try:
        return ast.literal_eval(node)
    except Exception:
        return None


def strings_in(value):
    """The str/bytes in a literal value (lists, tuples, and their nested tuples)."""
    if isinstance(value, (str, bytes)):
        yield value
    elif isinstance(value, (list, tuple, set)):
        for v in value:
            yield from strings_in(v)


def harvest_module(path):
    """(kind, snippet) pairs from one test module."""
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and ">>>" in node.value:
            try:
                examples = doctest.DocTestParser().get_examples(node.value)
            except ValueError:
                examples = []
            for ex in examples:
                if ex.exc_msg and ("SyntaxError" in ex.want or "IndentationError" in ex.want
                                   or "TabError" in ex.want):
                    yield "doctest", ex.source
        elif isinstance(node, ast.Call):
            name = call_name(node.func)
            if name not in CODE_ARGS:
                continue
            positions = CODE_ARGS[name]
            for i, arg in enumerate(node.args):
                if positions is None or i in positions:
                    for s in strings_in(literal(arg)):
                        yield name, s
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id.lower() for t in targets if isinstance(t, ast.Name)]
            if not names or any(bad in n for n in names for bad in NOT_CODE_NAMES) or node.value is None:
                continue
            for s in strings_in(literal(node.value)):
                yield "assign", s
        elif isinstance(node, (ast.For, ast.comprehension)):
            for s in strings_in(literal(node.iter)):
                yield "for", s


def normalize(kind, s):
    """The snippet a harvested literal stands for, or None for prose."""
    if isinstance(s, str):
        if kind in ("assign", "for") and ">>>" in s:
            return None  # doctest text kept in a variable: its examples are harvested separately
        # Indented triple-quoted snippets are dedented by the tests before use.
        d = textwrap.dedent(s)
        if d != s and d.lstrip("\n") and not d.lstrip("\n")[0].isspace():
            return d
    return s


def to_bytes(s):
    if isinstance(s, bytes):
        return s
    return s.encode("utf-8", "surrogatepass")


# --- our own cases -------------------------------------------------------------------------------------
# (id, source) with source str (UTF-8), bytes, or a list of (text, repeat) parts.

def own_cases():
    c = []

    def add(name, src):
        c.append((name, src))

    # Indentation and tabs.
    for kw, head in [("if", "if x:"), ("elif", "if x:\n    pass\nelif y:"), ("else", "if x:\n    pass\nelse:"),
                     ("while", "while x:"), ("for", "for x in y:"), ("async-for", "async def f():\n    async for x in y:"),
                     ("with", "with x:"), ("async-with", "async def f():\n    async with x:"),
                     ("try", "try:"), ("except", "try:\n    pass\nexcept:"), ("except-star", "try:\n    pass\nexcept* E:"),
                     ("finally", "try:\n    pass\nfinally:"), ("def", "def f():"), ("async-def", "async def f():"),
                     ("class", "class A:"), ("match", "match x:"), ("case", "match x:\n    case 1:"),
                     ("lambda-def", "def f(x=lambda: 1):"), ("decorated", "@d\ndef f():")]:
        add(f"indent/expected-block/{kw}/eof", head + "\n")
        add(f"indent/expected-block/{kw}/noindent", head + "\npass\n")
        add(f"indent/expected-block/{kw}/comment", head + "\n# comment\n")
    add("indent/unexpected", "x = 1\n    y = 2\n")
    add("indent/unexpected-first", "  x = 1\n")
    add("indent/unindent-mismatch", "if x:\n        a\n    b\n")
    add("indent/unindent-mismatch-deep", "if x:\n  if y:\n      a\n    b\n")
    add("indent/tab-space-mix", "if x:\n\tpass\n        pass\n")
    add("indent/tab-space-mix2", "if x:\n        pass\n\tpass\n")
    add("indent/tab-then-spaces", "if True:\n        print()\n\texec 'x'\n")
    add("indent/tab-ok", "if x:\n\tpass\n\tpass\n")
    add("indent/space-tab-mix-line", "if x:\n \tpass\n\t pass\n")
    add("indent/formfeed", "if x:\n\f    pass\n")
    add("indent/formfeed-mid", "if x:\n    \fpass\n  pass\n")
    add("indent/dedent-eof-comment", "if x:\n    pass\n  # c\n")
    add("indent/continuation-indent", "x = 1 + \\\n        2\n  y = 3\n")
    for depth in (99, 100, 101):
        add(f"indent/levels-{depth}", "".join(" " * i + "if 1:\n" for i in range(depth)) + " " * depth + "pass\n")
    add("indent/too-many-levels-tabs", "".join("\t" * i + "if 1:\n" for i in range(101)) + "\t" * 101 + "pass\n")

    # Brackets.
    for o, cl in ["()", "[]", "{}"]:
        add(f"brackets/unclosed/{o}", f"x = {o}1, 2\n")
        add(f"brackets/unclosed-multiline/{o}", f"x = {o}1,\n2,\ny = 3\n")
        add(f"brackets/unmatched/{cl}", f"x = 1{cl}\n")
        for o2, cl2 in ["()", "[]", "{}"]:
            if o2 != o:
                add(f"brackets/mismatch/{o}{cl2}", f"x = {o}1{cl2}\n")
                add(f"brackets/mismatch-multiline/{o}{cl2}", f"x = {o}1,\n  2{cl2}\n")
        for n in (199, 200, 201, 1000):
            add(f"brackets/nested-{n}/{o}", [(o, n), ("1", 1), (cl, n), ("\n", 1)])
        add(f"brackets/nested-100000/{o}", [(o, 100000), ("1", 1), (cl, 100000), ("\n", 1)])
        add(f"brackets/open-100000/{o}", [(o, 100000)])
    add("brackets/close-in-fstring", "f'{)}'\n")
    add("brackets/unclosed-in-def", "def f(a, b:\n    pass\n")
    add("brackets/unclosed-call-eof", "print(1, 2\n")
    add("brackets/unclosed-then-stmt", "foo(\nif x:\n    pass\n")
    add("brackets/closing-at-start", ")\n")
    add("brackets/unclosed-dict-colon", "{1: 2, 3:\n")

    # Numbers.
    for i, num in enumerate(["0x", "0b", "0o", "0b2", "0o8", "0o9", "0xg", "0x_", "1__0", "1_", "0_7", "07", "0777",
                             "00", "00.5", "09.5", "1e", "1e+", "1e-", "1.e_1", "1_.0", "1._0", "1.0_", "1j_", "1_j",
                             "0x1_", "0b1_0_", "0b_1", "1e1_0", "1e_1", "0.1__1", "1if x else y", "0x1for x in y",
                             "1else", "1_000j", "1__j", "0b1e1", "0o1e1", "0xfor", "1in x", "1or 2", "1and 2",
                             "0b1and 2", "0o7or 1", "1.5j2", "5.e", "1.2.3", "1..2", ".5.", "1e5e5", "0b12",
                             "0o18", "0x1g", "1_2_3", "0_0", "0_", "0e", "0e0", "1.__class__", "1 .__class__",
                             "123abc", "0o", "0O7", "0X1F", "0B1", "1J", "1E5", "99999999999999999999999999",
                             "1" * 5000, "0x" + "f" * 5000, "1e400", "1e-400", "0.0000000000000000000000001"]):
        add(f"numbers/{i:02d}", f"x = {num}\n")

    # Strings.
    strings = ["'abc", '"abc', "'''abc", '"""abc', "'abc\ndef'", "'''abc\ndef", "b'\u00e9'", "b'\\u00e9'",
               "'\\N{foo}'", "'\\N{LATIN SMALL LETTER A}'", "'\\N'", "'\\N{'", "'\\x'", "'\\x4'", "'\\u12'",
               "'\\U1234'", "'\\U00110000'", "'\\777'", "'\\d'", "b'\\d'", "rb'\\'", "r'\\'", "'\\'",
               "ub''", "bu''", "Rb''", "bR''", "BR''", "rB''", "Br''", "u''", "U''", "ur''", "ru''", "fb''",
               "bf''", "rf''", "fR''", "Fr''", "uf''", "f''b''", "b'' ''", "'' b''", "f'' b''", "b'' f''",
               "'a' 'b' b'c'", "'''", "'''''", "\"\"\"\"\"\"\"", "'\\\n", "'abc\\\n", "b'\\xff'", "b'\\N{x}'",
               "'\\\\N{LATIN}'", "'\u0000'", "'\\0'", "'\\400'", "'\t'", "'\r'", "'abc\r", "'abc\rdef'"]
    for i, s in enumerate(strings):
        add(f"strings/{i:02d}", f"x = {s}\n")
    add("strings/unterminated-eof-no-newline", "x = 'abc")
    add("strings/unterminated-triple-multiline", "x = '''abc\ndef\nghi\n")
    add("strings/unterminated-after-stmts", "a = 1\nb = 2\nc = 'x\nd = 4\n")

    # f-strings.
    fstrings = ["f'{'", "f'}'", "f'{}'", "f'{ }'", "f'{!r}'", "f'{x!}'", "f'{x!z}'", "f'{x!r'", "f'{x!r:'",
                "f'{x:'", "f'{x:{'", "f'{x:{y}'", "f'{x:{y:{z}}}'", "f'{x:{y:{z:{w}}}}'", "f'{x=}'", "f'{x=!r:^20}'",
                "f'{x = }'", "f'{lambda x:1}'", "f'{lambda x: 1}'", "f'{(lambda x: 1)}'", "f'{yield}'", "f'{*x}'",
                "f'{*x,}'", "f'{x:=1}'", "f'{(x:=1)}'", "f'{#}'", "f'{x#}'", "f'{\"\\n\"}'", "f'{x' ", "f'{x",
                "f'''{x", "f'{x}}'", "f'{{x}'", "f'{{}}'", "f'{x!r=}'", "f'{x=!}'", "f'{!}'", "f'{:}'", "f'{=}'",
                "f'{x:{y!}}'", "f'{x!rr}'", "f'{x!R}'", "f'{x!a}'", "f'{x!s:>{w}}'", "f'{f'{f'{x}'}'}'",
                "f'{f'{f'{f'{f'{x}'}'}'}'}'", "f'{'''x'''}'", "f'{\"a\" \"b\"}'", "f'{x:\\n}'", "f'\\{x}'",
                "f'\\N{x}'", "f'\\N{LATIN SMALL LETTER A}{x}'", "f'{x:\\N{LATIN SMALL LETTER A}}'", "f'{a b}'",
                "f'{a,b}'", "f'{a;b}'", "f'{import x}'", "f'{pass}'", "f'{x if}'", "f'{x if y}'", "f'{await}'",
                "f'{}' f'{'", "f'{x}' '{'", "rf'{x\\}'", "fr'\\{x}'", "f'{x:{{y}}}'", "f'{x!r:{y}}'",
                "f'{\\'x\\'}'", "f'{x:{y=}}'", "f'{x:{*y}}'", "f'{[x for x in y]}'", "f'{x:=10}'", "f'{x :=10}'",
                "f\"{'''x\n'''}\"", "f'''{\nx\n}'''", "f'''{\nx\n'''", "f'{x\n}'", "f'{\n'", "f'''{x:\n}'''",
                "f'{x}' = 1", "f'{x}'[0] = 1", "del f'{x}'", "f'{x}' += 1", "f'{)'", "f'{]'", "f'{}}'", "f'{{'",
                "f'{\\}'", "f'{x!\\n}'", "f'{x:{y:{z:{a:{b}}}}}'"]
    for i, s in enumerate(fstrings):
        add(f"fstrings/{i:03d}", f"{s}\n")
    add("fstrings/nested-quotes-200", [("f'{", 200), ("x", 1), ("}'", 200), ("\n", 1)])
    add("fstrings/nested-fstrings-150", [("f\"{", 150), ("x", 1), ("}\"", 150), ("\n", 1)])
    add("fstrings/unclosed-multiline", "x = f'''\n{a +\n'''\n")

    # Keywords, targets and statements.
    stmts = ["True = 1", "False = 1", "None = 1", "__debug__ = 1", "x.__debug__ = 1", "def f(__debug__): pass",
             "def __debug__(): pass", "class __debug__: pass", "import __debug__", "import x as __debug__",
             "for __debug__ in y: pass", "with x as __debug__: pass", "lambda __debug__: 1", "f(__debug__=1)",
             "print 'x'", "print x", "exec 'x'", "exec code in ns", "import a.b as", "import a as b.c",
             "from x import *, y", "from x import (*)", "from x import a,", "from x import (a,)", "from . import a",
             "from .. import", "import", "from x import", "import a,", "del f()", "del (a, b)", "del a + 1",
             "del *a", "del (*a,)", "del [a, f()]", "a + 1 = 2", "f() = 1", "x += 1, 2", "(a, b) += 1",
             "[a] += 1", "a.b += 1", "f() += 1", "[x for x in y] = 1", "{x for x in y} = 1", "(x for x in y) = 1",
             "{x: y for x in y} = 1", "lambda: x = 1", "a if b = c", "a if b else c = 1", "yield = 1",
             "await x = 1", "not a = 1", "-a = 1", "a < b = 1", "a and b = 1", "(a, 1) = x", "[a, 1] = x",
             "a, f() = x", "*a = 1", "*a, = 1", "a, *b, *c = 1", "x = *a", "x = *a, *b", "print(*a, **b, c)",
             "f(**k, *a)", "f(a=1, b)", "f(a=1, *b)", "f(**k, a)", "f(x for x in y, 1)", "f(1, x for x in y)",
             "f(x for x in y)", "class A(x for x in y): pass", "f(a, *)", "f(a, **)", "f(=1)", "f(a=)", "f(a b)",
             "f(a.b=1)", "f(a[0]=1)", "f(True=1)", "f(a=1, a=2)", "f(1 = 2)", "f(x + 1 = 2)",
             "x: int, y: int = 1, 2", "(x): int", "[x]: int", "(x, y): int", "x.y: int", "x[0]: int",
             "f(): int", "x: int = *a", "x: *a", "x := 1", "(a.b := 1)", "(x[0] := 1)", "((a, b) := 1)",
             "[i := 0 for i in range(5)]", "def f(x := 1): pass", "f(x := 1)", "{x := 1}", "{x := 1: 2}",
             "x = y := 1", "(x := 1, y := 2)", "a[x := 1]", "a[x := 1:2]", "lambda: x := 1", "(lambda: x := 1)",
             "with (x := 1): pass", "assert x := 1", "del (x := 1)", "(True := 1)", "(__debug__ := 1)",
             "def f(*): pass", "def f(*, **k): pass", "def f(**k, a): pass", "def f(**k, *a): pass",
             "def f(a=1, b): pass", "def f(/, a): pass", "def f(a, /, b, /): pass", "def f(*a, /): pass",
             "def f(a, *, /): pass", "def f(a, *a): pass", "def f(a, a): pass", "def f(*a=1): pass",
             "def f(**k=1): pass", "def f(*a: *int): pass", "def f(*a: *b): pass", "def f(a: *b): pass",
             "lambda *: 1", "lambda a=1, b: 1", "lambda /: 1", "lambda **k, a: 1", "lambda a: int: 1",
             "lambda (a): 1", "def f((a)): pass", "def f(a, (b, c)): pass", "def f(a)", "def f: pass",
             "def (): pass", "def f() -> : pass", "def f() -> int", "class A(: pass", "class A(): pass",
             "class A(x=1, y): pass", "class A(*a, **k, b): pass", "class A(**k, *a): pass", "class", "def",
             "else: pass", "elif x: pass", "except: pass", "finally: pass", "try:\n    pass\n",
             "try:\n    pass\nelse:\n    pass\n", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
             "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n", "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n",
             "if x pass", "if x: pass else: pass", "while x pass", "for x in y pass", "for x y: pass",
             "for x in: pass", "for in y: pass", "for f() in y: pass", "for 1 in y: pass", "for x, in y: pass",
             "for *x in y: pass", "with x as f(): pass", "with x as 1: pass", "with x as (a, b): pass",
             "with (a as b, c as d): pass", "with (a as b, c as d,): pass", "with (a, b as c): pass",
             "with a as b,: pass", "with (a as b: pass", "with: pass", "async with x: pass", "async for x in y: pass",
             "async x = 1", "async = 1", "await = 1", "await x", "async def f():\n    await = 1\n",
             "def f():\n    x = yield = 1\n", "x = yield from", "x = yield from a, b", "yield from", "return",
             "return *a", "return *a, b", "nonlocal x", "global x", "global x, y,", "global", "nonlocal",
             "raise from x", "raise x from", "raise x, y", "raise x from y from z", "assert", "assert x,",
             "assert (x, 'msg')", "pass pass", "pass; pass;", ";", "x = 1;;", "break", "continue",
             "a b", "a = 1 1", "print(a b)", "print(a b c)", "[a b]", "{a b}", "{a: b c}", "{a b: c}", "(a b)",
             "f(a b=1)", "if x = 1: pass", "while x = 1: pass", "elif = 1", "x = 1 +", "x = 1 + * 2",
             "1 = x", "'a' = 1", "f'{x}' = 1", "... = 1", "None += 1", "x.None = 1", "x.True", "True.x = 1",
             "@", "@dec", "@dec\n", "@dec\nx = 1\n", "@dec\nclass\n", "@1 + 1\ndef f(): pass\n", "@x y\ndef f(): pass",
             "$", "?", "!", "`x`", "x = a ! b", "x = 1 <> 2", "from __future__ import barry_as_FLUFL\n1 <> 2",
             "x = \u20ac", "\u00a0x = 1", "x\u00a0= 1", "x = 1 \u2013 2", "\u0661 = 1", "x\u200b = 1",
             "\u2160 = 1", "\U0001d400 = 1", "a\u0300 = 1", "\u0300a = 1", "x = \u0000", "x = \x7f",
             "0 if 1", "a if b else", "not", "**x", "x = **y", "x = a if b", "x = lambda", "x = lambda:",
             "x = [i for i in]", "x = [for i in y]", "x = [i for in y]", "x = [i for i in y if]",
             "x = [*a for a in b]", "x = [**a for a in b]", "x = {**a for a in b}", "x = {*a for a in b}",
             "x = {a: *b for c in d}", "x = (i for i in y if x else z)", "x = [i async for i in y]",
             "x = [i for i in y for]", "x = [a, b for a in c]", "x = {a: b, c for c in d}", "x = {a, b: c}",
             "x = {a: b, c}", "x = {a:}", "x = {:b}", "x = {**}", "x = (**a)", "x = [*]", "x = (*)", "x = (*a)",
             "x = (a, *)", "x = a[*]", "x = a[**b]", "x = a[b:c:d:e]", "x = a[]", "x = a[b c]", "x = a.1",
             "x = a.", "x = a..b", "x = .a", "x = a(", "x = a)", "x = 1 if 2 else 3 if 4", "x = (yield)",
             "x = await", "x = *a if b else c", "x = a not b", "x = a is not not b", "x = a not in in b",
             "x = a < > b", "x = a === b", "x = a =! b", "x = a !== b", "x = a <<= b", "x = a ->b", "x = ->",
             "x = a :: b", "x = a @@ b", "x = a ** ** b", "x = a // // b", "x = ~", "x = + -", "x = a(**)",
             "x = a(*)", "x = a(b for b in c for)", "x = a(b=c for c in d)", "x = a(b, c=d for d in e)",
             "type X", "type X =", "type X = int", "type X[] = int", "type X[T] = list[T]", "type = 1",
             "type X[T: int = str] = T", "type 1 = int", "type X.y = int", "type X[T, T] = int",
             "def f[](): pass", "def f[T](): pass", "class A[]: pass", "class A[T: int = str]: pass",
             "def f[T, *Ts, **P](): pass", "def f[**P: int](): pass", "def f[*Ts: int](): pass",
             "def f[T=int, U](): pass", "def f[*Ts = *tuple[int]](): pass", "def f[T: (int, str)](): pass",
             "def f[T: *int](): pass", "def f[T: yield](): pass", "def f[T: (yield)](): pass",
             "def f[T = (yield)](): pass", "class A[T: (x := 1)]: pass", "def f[1](): pass", "def f[T,,](): pass",
             "def f[T,](): pass", "def f[**P = int](): pass", "def f[**P = [int]](): pass", "def f[*Ts = int](): pass",
             "def f[T: int: str](): pass", "lambda[T]: 1", "async def f[T](): await x",
             "try:\n    pass\nexcept* :\n    pass\n", "try:\n    pass\nexcept*:\n    pass\n",
             "try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n",
             "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n",
             "try:\n    pass\nexcept* (A, B) as e:\n    pass\n", "try:\n    pass\nexcept A, B:\n    pass\n",
             "try:\n    pass\nexcept A, B as e:\n    pass\n", "try:\n    pass\nexcept* A, B:\n    pass\n",
             "try:\n    pass\nexcept A as e.x:\n    pass\n", "try:\n    pass\nexcept A as (e):\n    pass\n",
             "try:\n    pass\nexcept A as 1:\n    pass\n", "try:\n    pass\nexcept* E:\n    pass\nelse:\n    pass\n",
             "try:\n    pass\nexcept* E:\n    break\n", "try:\n    pass\nexcept *E:\n    pass\n",
             "try:\n    pass\nexcept\n", "try\n    pass\n", "try:\nexcept:\n    pass\n",
             "for x in y:\n    pass\nelse\n    pass\n", "while x:\n    pass\nelse x:\n    pass\n"]
    for i, s in enumerate(stmts):
        add(f"stmts/{i:03d}", s + ("" if s.endswith("\n") else "\n"))

    # match statements.
    match_cases = ["1 + 1", "1 - 1", "-1 + 1j", "1j + 1", "-1j", "1 + 1j", "- 1", "-x", "x + 1j", "{**rest, 'a': 1}",
                   "{**rest, **other}", "{**_}", "{'a': 1, **rest,}", "{1: x, 1: y}", "{x: 1}", "{f(): 1}",
                   "{a.b: 1}", "a.b()", "a.b(c=1)", "f(a=1, b)", "f(a=1, a=2)", "f(*a)", "f(**a)", "f(a.b=1)",
                   "1 as 2", "x as _", "_ as x", "x as y.z", "x as y[0]", "x as (y)", "(a as b) as c", "*a, *b",
                   "*a", "[*a, *b]", "[*_, *_]", "**a", "x if", "x if y if z", "a | b", "a | _", "_ | a", "x | y",
                   "1 | 2 | 3", "f'{x}'", "'a' 'b'", "'a' f'b'", "b'a' 'b'", "1.0 + 2", "True", "None", "...",
                   "a[0]", "a()", "a(1)(2)", "lambda: 1", "(x := 1)", "not x", "x.y.z", "[x for x in y]",
                   "{x}", "{*x}", "(1, 2", "[1, 2", "{1: 2", "1 +", "1.0j + 1.0j", "-1 - 1j", "-(1)", "+1",
                   "{1: _, **rest}", "{'a': 1} | {'b': 2}", "str() | int()", "[a, b, *rest] if a", "case 1",
                   "x, y", "x,", "(x,)", "()", "[]", "{}", "x, *y, z", "1 if x else 2", "0 as 0"]
    for i, p in enumerate(match_cases):
        add(f"match/case/{i:02d}", f"match x:\n    case {p}:\n        pass\n")
    for i, s in enumerate(["match x:\n    pass\n", "match x:\ncase 1: pass\n", "match x\n    case 1: pass\n",
                           "match x:\n    case 1 pass\n", "match x:\n    case:\n        pass\n", "match:\n    case 1: pass\n",
                           "match x, y:\n    case 1: pass\n", "match *x:\n    case 1: pass\n", "match x:\n",
                           "match x:\n    case 1:\n    pass\n", "match x:\n    case 1: pass\n    else: pass\n",
                           "match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "match = 1\nmatch x:\n",
                           "match(x)\n", "match x y:\n    case 1: pass\n", "match x:\n  case 1: pass\n    case 2: pass\n",
                           "match x:\n    case 1: pass\n  case 2: pass\n", "match x:\n    case (1 as x) | (2 as y): pass\n",
                           "match x:\n    case [x, x]: pass\n", "match x:\n    case {**x, 'x': 1}: pass\n",
                           "match x:\n    case a | b: pass\n", "match x:\n    case A(x=1, x=2): pass\n"]):
        add(f"match/stmt/{i:02d}", s)

    # Deep nesting (CPython: 200 nested parentheses in the tokenizer, MAXSTACK 6000 in the parser,
    # recursion limits when building the AST).
    for n in (100, 1000, 3000, 5000, 6000, 10000, 100000):
        add(f"deep/unary-minus-{n}", [("-", n), ("1\n", 1)])
        add(f"deep/not-{n}", [("not ", n), ("x\n", 1)])
        add(f"deep/invert-{n}", [("~", n), ("x\n", 1)])
        add(f"deep/lambda-{n}", [("lambda:", n), ("1\n", 1)])
        add(f"deep/power-{n}", [("a**", n), ("1\n", 1)])
        add(f"deep/attr-{n}", [("x", 1), (".a", n), ("\n", 1)])
        add(f"deep/subscript-{n}", [("x", 1), ("[1]", n), ("\n", 1)])
        add(f"deep/call-{n}", [("f", 1), ("()", n), ("\n", 1)])
        add(f"deep/plus-{n}", [("1", 1), ("+1", n), ("\n", 1)])
        add(f"deep/ifexp-{n}", [("a if b else ", n), ("c\n", 1)])
        add(f"deep/await-{n}", [("async def f():\n    x = ", 1), ("await ", n), ("y\n", 1)])
        add(f"deep/star-tuple-{n}", [("x = ", 1), ("*a, ", n), ("\n", 1)])
        add(f"deep/compare-{n}", [("a", 1), (" < a", n), ("\n", 1)])
        add(f"deep/and-{n}", [("a", 1), (" and a", n), ("\n", 1)])
        add(f"deep/walrus-{n}", [("(y := ", n), ("1", 1), (")", n), ("\n", 1)])
    for n in (50, 100, 198, 199, 200, 201, 300):
        add(f"deep/mixed-brackets-{n}", [("([{", n // 3), ("1", 1), ("}])", n // 3), ("\n", 1)])
        add(f"deep/call-args-{n}", [("f(", n), ("1", 1), (")", n), ("\n", 1)])
        add(f"deep/list-{n}", [("[", n), ("]", n), ("\n", 1)])
    for n in (20, 50, 100, 101, 200):
        add(f"deep/def-{n}", "".join(" " * i + "def f():\n" for i in range(n)) + " " * n + "pass\n")
        add(f"deep/class-{n}", "".join(" " * i + "class A:\n" for i in range(n)) + " " * n + "pass\n")
    add("deep/paren-then-error-200", [("(", 200), ("1 +", 1), (")", 200), ("\n", 1)])
    add("deep/unclosed-many-lines", [("(\n", 300)])

    # NUL bytes.
    for i, b in enumerate([b"\0", b"x = 1\0", b"x = 1\n\0\n", b"# comment \0\n", b"'\0'\n", b"x = '''\0'''\n",
                           b"\0x = 1\n", b"if x:\n    \0pass\n", b"x = 1 # \0", b"f'{\0}'\n", b"b'\0'\n",
                           b"x = 1\\\n\0", b"\xef\xbb\xbf\0"]):
        add(f"nul/{i:02d}", b)

    # Invalid UTF-8 and BOMs.
    for i, b in enumerate([b"\xff", b"x = '\xff'\n", b"# \xff\n", b"x = 1\n# \xff\n", b"\xc3(\n", b"x = '\xc3'\n",
                           b"x = 1 \xe2\x82\n", b"\xed\xa0\x80 = 1\n", b"'\xed\xa0\x80'\n", b"\xc0\xaf\n",
                           b"x = 1\n\n\n\xfe\n", b"'''\n\xff\n'''\n", b"x = '\xe2\x82\xac\xff'\n", b"\xf4\x90\x80\x80\n",
                           b"x\xc2\xa0= 1\n", b"\xef\xbb\xbfx = 1\n", b"\xef\xbb\xbf\xef\xbb\xbfx = 1\n",
                           b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", b"\xef\xbb\xbf# coding: utf-8\nx = 1\n",
                           b"\xef\xbb\xbf# coding: utf-8-sig\nx = 1\n", b"\xef\xbb", b"x = 1\n\xef\xbb\xbf\n",
                           b"f'{x}\xff'\n", b"f'{\xff}'\n", b"b'\xff'\n", b"x = 1 \\\n\xff\n"]):
        add(f"utf8/{i:02d}", b)

    # Coding cookies.
    for i, b in enumerate([b"# coding: uft-8\nx = 1\n", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
                           b"#!/usr/bin/python\n# coding: latin-1\nx = '\xe9'\n",
                           b"\n\n# coding: latin-1\nx = '\xe9'\n", b"# coding: ascii\nx = '\xc3\xa9'\n",
                           b"# coding: utf8\nx = '\xe9'\n", b"# coding=utf-8\nx = 1\n", b"# vim: set fileencoding=ascii :\nx = '\xc3\xa9'\n",
                           b"x = 1 # coding: latin-1\ny = '\xe9'\n", b"# coding: latin-1\n# coding: utf-8\nx = '\xe9'\n",
                           b"# coding: \nx = 1\n", b"# coding: xyz-123\n", b"# coding: cp1252\nx = '\x80'\n",
                           b"# coding: utf-16\nx = 1\n", b"# coding: utf-32\nx = 1\n", b"# coding: rot13\nx = 1\n",
                           b"# coding: euc-jp\nx = '\xa4\xa2'\n", b"# coding: shift_jis\nx = '\x82\xa0'\n",
                           b"# coding: latin-1\n\xe9 = 1\n", b"# coding: latin-1\nx = '\x00'\n",
                           b"  # coding: latin-1\nx = '\xe9'\n", b"x = 1\n# coding: latin-1\nx = '\xe9'\n",
                           b"# coding: latin-1\r\nx = '\xe9'\r\n", b"# coding: latin-1\rx = '\xe9'\r",
                           b"# -*- coding: iso-8859-15 -*-\nx = '\xa4'\n", b"# coding: utf-8\nx = '\xff'\n",
                           b"#coding:latin-1\nx='\xe9'\n", b"# coding: hex\nx = 1\n", b"# coding: base64\nx = 1\n",
                           b"# coding: UTF-8\nx = '\xe9'\n", b"# coding: Latin-1\nx = 1 +\n"]):
        add(f"coding/{i:02d}", b)

    # Line endings, continuation and EOF.
    for i, s in enumerate(["x = 1\\", "\\", "x = 1 \\ y", "x = 1\\\n", "x = (1\\\n", "\\\n\\\n", "x = \\\n\n",
                           "x = 1\r\ny = (\r\n", "x = 1\ry = 2\r", "if x:\r    pass\r  y\r", "x = 1\\ \n",
                           "x = [1,\n", "def f(\n", "class A(\n", "x = '''\n", "x = 1 +\\\n", "   \\\n", "#\\\nx = (",
                           "x = 1\n\\", "a = 1\nb = 2\n    ", "\t\n  \n    x", "if x:\n    pass\n\\\n",
                           "x = 1\n" * 3 + "(", "x = (1,\n\n\n\n2", "\n\n\n\n)"]):
        add(f"eof/{i:02d}", s)

    # Huge lines.
    add("huge/long-name-1mb", [("x", 1000000), (" = 1\n", 1)])
    add("huge/long-int-100k", [("x = ", 1), ("1", 100000), ("\n", 1)])
    add("huge/long-string-1mb", [("x = '", 1), ("a", 1000000), ("'\n", 1)])
    add("huge/long-string-unterminated-1mb", [("x = '", 1), ("a", 1000000), ("\n", 1)])
    add("huge/long-list-error-at-end", [("x = [", 1), ("1, ", 300000), ("1 1]\n", 1)])
    add("huge/many-lines-error-at-end", [("x = 1\n", 200000), ("x = = 1\n", 1)])
    add("huge/long-comment", [("# ", 1), ("c", 1000000), ("\nx = (\n", 1)])
    add("huge/long-fstring", [("f'", 1), ("{x}", 200000), ("{'\n", 1)])
    add("huge/many-args", [("f(", 1), ("a, ", 100000), ("b=1, c)\n", 1)])
    add("huge/long-line-unicode", [("x = '", 1), ("\u00e9\u20ac\U0001f600", 100000), ("\n", 1)])
    add("huge/error-after-unicode", [("x = '", 1), ("\u00e9\u20ac", 1000), ("' + $\n", 1)])

    # Valid code the parser must accept (kept with expected OK).
    for i, s in enumerate(["x = 1\n", "", "\n", "# only a comment", "pass", "x = 1\\\n+ 2\n", "f'{x!r:>{w}}'\n",
                           "f'{x=}'\n", "f'{f\"{x}\"}'\n", "match x:\n    case 1 | 2: pass\n    case {'a': 1, **rest}: pass\n",
                           "try:\n    pass\nexcept* E as e:\n    pass\n", "type X[T, *Ts, **P] = int\n",
                           "def f[T: int = str](): pass\n", "async def f():\n    [x async for x in y]\n",
                           "(x := 1)\n", "lambda a, /, b, *, c: 1\n", "x = 0x_1f + 0b_1 + 0o_7 + 1_0.0_1e1_0j\n",
                           "print(*a, *b, **c, **d)\n", "with (a as b, c as d,): pass\n", "del (a), [b], c.d, e[0]\n",
                           "\ufeffx = 1\n", "x = '\\N{EURO SIGN}'\n", "\u00e9t\u00e9 = 1\n", "\u2160 = 1\n",
                           "global x\n", "nonlocal x\n", "return 1\n", "yield x\n", "await x\n", "break\n",
                           "def f(x, x): pass\n", "from __future__ import nested_scopes\n"]):
        add(f"valid/{i:02d}", s)
    return c


def encode_source(src):
    """The JSON fields carrying `src`: source, source_b64 or source_parts."""
    if isinstance(src, list):
        return {"source_parts": [[t, n] for t, n in src]}
    b = to_bytes(src)
    try:
        return {"source": b.decode("utf-8")}
    except UnicodeDecodeError:
        return {"source_b64": base64.b64encode(b).decode("ascii")}


def source_bytes(src):
    if isinstance(src, list):
        return "".join(t * n for t, n in src).encode("utf-8")
    return to_bytes(src)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stdlib", default=os.environ.get("KAA_STDLIB") or os.path.dirname(os.__file__))
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    assert sys.version_info[:2] == (3, 13), "the oracle is CPython 3.13"
    warnings.simplefilter("ignore")
    seen = set()
    rows = []
    counts = {}

    def consider(ident, src, keep_valid):
        b = source_bytes(src)
        if b in seen:
            return
        outcome = error_outcome(b, "<file>")
        if outcome == "OK" and not keep_valid:
            return
        seen.add(b)
        rows.append({"id": ident, **encode_source(src), "expected": outcome})
        group = ident.split("/")[0]
        counts[group] = counts.get(group, 0) + 1

    test_dir = os.path.join(args.stdlib, "test")
    for mod in TEST_MODULES:
        path = os.path.join(test_dir, mod)
        if not os.path.exists(path):
            print(f"gen_syntax_corpus: {mod} not found, skipped", file=sys.stderr)
            continue
        n = 0
        for kind, s in harvest_module(path):
            s = normalize(kind, s)
            if not s or len(s) > 100000:
                continue
            n += 1
            consider(f"{mod.removesuffix('.py')}/{kind}/{n:04d}", s, False)
    for ident, src in own_cases():
        consider("kaa/" + ident, src, True)

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errors = sum(1 for r in rows if r["expected"] != "OK")
    print(f"gen_syntax_corpus: {len(rows)} snippets ({errors} errors, {len(rows) - errors} valid) -> "
          f"{os.path.relpath(args.out)}", file=sys.stderr)
    for g, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {n:5d} {g}", file=sys.stderr)


if __name__ == "__main__":
    main()
