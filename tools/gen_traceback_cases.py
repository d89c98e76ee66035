#!/usr/bin/env python3.13
"""Generate TracebackCases.java: programs whose uncaught exception CPython 3.13 reports, with the report
(traceback.format_exception) and everything needed to rebuild the exception without running the program:
its type, str arguments, attributes, notes, chain, group members and, per traceback entry, the code
object (by qualified name) and tb_lasti in code units. Kaa compiles to the same bytecode, so the same
lasti points at the same instruction and the test can build the traceback by hand.

    PYENV_VERSION=3.13.0 python3.13 tools/gen_traceback_cases.py
"""
import os, sys, tempfile, traceback

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'runtime', 'src', 'test', 'java',
                   'dev', 'kaa', 'runtime', 'interp', 'TracebackCases.java')

CASES = {
    "binop": "def f(a, b):\n    return a + b * 2\n\ndef g():\n    return f(1, 'x')\n\ng()\n",
    "subscript": "d = {'a': 1}\ndef g():\n    return d['a'] + d['b']\ng()\n",
    "multiline_call": "def compute(a, b, c):\n    return a // b\n\nresult = compute(\n    10,\n    0,\n    3,\n)\n",
    "multiline_binop": "x = 1\ny = 0\nz = (x +\n     x *\n     x /\n     y)\n",
    "long_call": "def f(*a):\n    return 1 / 0\nf(\n    1,\n    2,\n    3,\n    4,\n    5,\n    6,\n)\nx = 1\n",
    "long_args": "def f(*a):\n    return a[9]\nv = f(1,\n      2,\n      3,\n      4,\n      5) + 1\n",
    "wide": "def f():\n    s = '日本語' + 1\nf()\n",
    "emoji": "x = {'🐍': 1}\ny = x['🐍'] + x['😀']\n",
    "whole_call": "def f():\n    raise ValueError('v')\ndef g():\n    return f()\ndef h():\n    x = g()\nh()\n",
    "method_chain": "class B:\n    def go(self): return self\n    def stop(self): raise IndexError('end')\nB().go().go().stop()\n",
    "indented": "def outer():\n    def inner():\n        if True:\n            for i in range(1):\n                x = [1, 2][5]\n    inner()\nouter()\n",
    "tabs": "def f():\n\treturn {}['k'] + 1\nf()\n",
    "lambda": "f = lambda x: 1 / x\nvals = [f(i) for i in range(3, -1, -1)]\n",
    "genexpr": "def gen():\n    yield from (10 // n for n in (2, 1, 0))\nlist(gen())\n",
    "recursion": "def r(n):\n    if n == 0:\n        raise ValueError('deep')\n    return r(n - 1)\nr(30)\n",
    "recursion_short": "def r(n):\n    if n == 0:\n        raise ValueError('deep')\n    return r(n - 1)\nr(4)\n",
    "cause": "def parse(s):\n    try:\n        return int(s)\n    except ValueError as e:\n        raise RuntimeError('bad input') from e\nparse('xyz')\n",
    "context": "try:\n    {}['k']\nexcept KeyError:\n    None.attr\n",
    "suppressed": "try:\n    1/0\nexcept ZeroDivisionError:\n    raise TypeError('nope') from None\n",
    "notes": "e = ValueError('with notes')\ne.add_note('first note')\ne.add_note('second\\nmultiline')\nraise e\n",
    "empty_message": "raise ValueError()\n",
    "nested_qualname": "class Outer:\n    class Inner(Exception):\n        pass\nraise Outer.Inner('nested qualname')\n",
    "module_qualified": "class E(Exception):\n    pass\nE.__module__ = 'pkg.mod'\nraise E('elsewhere')\n",
    "group": "def f():\n    raise ExceptionGroup('many', [ValueError(1), TypeError(2), ExceptionGroup('inner', [KeyError(3)])])\nf()\n",
    "group_raised": "def fail(i):\n    raise ValueError(i)\nerrs = []\nfor i in range(2):\n    try:\n        fail(i)\n    except ValueError as e:\n        errs.append(e)\nraise ExceptionGroup('collected', errs)\n",
    "group_wide": "raise ExceptionGroup('wide', [ValueError(i) for i in range(17)])\n",
    "group_deep": "e = ValueError('leaf')\nfor i in range(12):\n    e = ExceptionGroup(f'level {i}', [e])\nraise e\n",
    "name_error": "def f():\n    counter = 1\n    return countr + 1\nf()\n",
    "name_error_global": "values = [1]\nprint(valuse)\n",
    "name_error_builtin": "prnt('x')\n",
    "name_error_stdlib": "sys.exit(0)\n",
    "name_error_none": "zzzzzz\n",
    "syntax_error": "compile('x = (1 +\\n', 'foo.py', 'exec')\n",
    "syntax_error_def": "compile('def f(:\\n  pass\\n', 'bar.py', 'exec')\n",
    "syntax_error_indent": "compile('if x:\\npass\\n', 'baz.py', 'exec')\n",
    "syntax_error_string": "compile('a = 1 +* 2\\n', '<string>', 'exec')\n",
}

# also compared with colour on (traceback.format_exception(..., colorize=True))
COLOR_CASES = {"binop", "multiline_binop", "wide", "subscript", "group_raised", "notes", "syntax_error",
               "empty_message"}

# the exceptions raised by the case programs whose types the test can name
TYPES = {"TypeError", "KeyError", "ZeroDivisionError", "ValueError", "IndexError", "RuntimeError",
         "AttributeError", "NameError", "ExceptionGroup", "SyntaxError", "IndentationError"}


def jstr(s):
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif 32 <= c < 127:
            out.append(ch)
        elif c < 0x10000:
            out.append(f'\\u{c:04x}')
        else:
            hi = 0xD800 + ((c - 0x10000) >> 10)
            lo = 0xDC00 + ((c - 0x10000) & 0x3FF)
            out.append(f'\\u{hi:04x}\\u{lo:04x}')
    out.append('"')
    return ''.join(out)


def jval(a):
    """A Java value the test turns into the Python object: String, Long, NONE or Object[] (a tuple)."""
    if a is None:
        return 'NONE'
    if isinstance(a, str):
        return jstr(a)
    if isinstance(a, int):
        return f'(Object) {a}L'
    if isinstance(a, tuple):
        return 'new Object[] {' + ', '.join(jval(x) for x in a) + '}'
    raise TypeError(repr(a))


def exc_java(e, skip_first, indent):
    """A Java expression building the TracebackCases.Exc description of e."""
    tname = type(e).__name__
    if type(e).__module__ != 'builtins':
        tname = type(e).__module__ + ':' + type(e).__qualname__
    frames = []
    tb = e.__traceback__
    first = True
    while tb is not None:
        if not (first and skip_first):
            frames.append(f'{jstr(tb.tb_frame.f_code.co_qualname)}, {tb.tb_lasti // 2}')
        first = False
        tb = tb.tb_next
    if isinstance(e, BaseExceptionGroup):
        args = [jstr(e.message)]
    else:
        args = [jval(a) for a in e.args]
    names = []
    if isinstance(e, NameError) and e.name is not None:
        last = e.__traceback__
        while last.tb_next is not None:
            last = last.tb_next
        f = last.tb_frame
        names = [f'"name", {jstr(e.name)}']
        names.append('"locals", ' + jstr(' '.join(k for k in f.f_locals if f.f_locals is not f.f_globals)))
        names.append('"globals", ' + jstr(' '.join(k for k in f.f_globals if k != '__builtins__')))
    notes = getattr(e, '__notes__', None)
    sub = indent + '        '
    parts = [f'new Exc({jstr(tname)}, List.of({", ".join(args)}), List.of({", ".join(frames)}))']
    if names:
        parts.append(f'.attrs({", ".join(names)})')
    if notes:
        parts.append(f'.notes({", ".join(jstr(n) for n in notes)})')
    if e.__cause__ is not None:
        parts.append(f'\n{sub}.cause({exc_java(e.__cause__, False, sub)})')
    if e.__context__ is not None:
        parts.append(f'\n{sub}.context({exc_java(e.__context__, False, sub)})')
    if e.__suppress_context__:
        parts.append('.suppressContext()')
    if isinstance(e, BaseExceptionGroup):
        members = ', '.join(exc_java(m, False, sub + '    ') for m in e.exceptions)
        parts.append(f'\n{sub}.members({members})')
    return ''.join(parts)


def main():
    tmp = tempfile.mkdtemp()
    entries = []
    for name, src in CASES.items():
        path = os.path.join(tmp, name + '.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(src)
        g = {'__name__': '__main__'}
        try:
            exec(compile(src, path, 'exec'), g)
            raise AssertionError(name + ' raised nothing')
        except BaseException as e:
            # the report without the entry for this script's exec() call
            tb = e.__traceback__.tb_next
            for colorize in (False, True) if name in COLOR_CASES else (False,):
                text = ''.join(traceback.format_exception(type(e), e.with_traceback(tb), tb, colorize=colorize))
                text = text.replace(path, 'FILE')
                entries.append(f'            new Case({jstr(name + ("_color" if colorize else ""))}, {jstr(src)},\n'
                               f'                    {exc_java(e, False, "                    ")},\n'
                               f'                    {jstr(text)}, {"true" if colorize else "false"})')
    body = ',\n'.join(entries)
    java = f'''// GENERATED by tools/gen_traceback_cases.py from CPython 3.13's traceback output. Do not edit.
package dev.kaa.runtime.interp;

import java.util.List;

/** Programs, the exceptions they raise (rebuilt by the test) and CPython 3.13's reports of them. */
final class TracebackCases {{
    private TracebackCases() {{
    }}

    /** None among the arguments of an exception. */
    static final Object NONE = new Object();

    /** An exception to rebuild: type name ("module:Qualname" if not builtins), str args, frames as (qualname, lasti). */
    static final class Exc {{
        final String type;
        final List<Object> args;
        final List<Object> frames;
        String[] attrs = new String[0];
        String[] notes;
        Exc cause;
        Exc context;
        boolean suppressContext;
        Exc[] members;

        Exc(String type, List<Object> args, List<Object> frames) {{
            this.type = type;
            this.args = args;
            this.frames = frames;
        }}

        Exc attrs(String... kv) {{
            attrs = kv;
            return this;
        }}

        Exc notes(String... n) {{
            notes = n;
            return this;
        }}

        Exc cause(Exc c) {{
            cause = c;
            return this;
        }}

        Exc context(Exc c) {{
            context = c;
            return this;
        }}

        Exc suppressContext() {{
            suppressContext = true;
            return this;
        }}

        Exc members(Exc... m) {{
            members = m;
            return this;
        }}
    }}

    /** A program, the exception it raises and CPython's report (in colour?), with FILE for the program's path. */
    record Case(String name, String source, Exc exc, String expected, boolean colorize) {{
    }}

    static final List<Case> CASES = List.of(
{body});
}}
'''
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(java)
    print(f'{OUT}: {len(entries)} cases')


if __name__ == '__main__':
    main()
