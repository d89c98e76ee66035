#!/usr/bin/env python3.13
"""Generate TokenizerCases.java (test data) from CPython 3.13: for each snippet, what
`python3.13 -m tokenize -e` prints (stdout, stderr, exit status); for snippets whose SyntaxError
comes from the tokenizer, ast.parse's error fields (or OK); and what the codecs a coding declaration can
name make of some bytes.

    PYENV_VERSION=3.13.0 python3.13 tools/gen_tokenizer_cases.py
"""
import ast, io, os, sys, tokenize, warnings

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'compiler', 'src', 'test', 'java',
                   'dev', 'kaa', 'compiler', 'tokenize', 'TokenizerCases.java')
FILENAME = 't.py'

# Snippets for the tokenize module's output (good and bad).
DUMP = [
    b'f"a{b!r:>{w}}c"\n', b'f"a{{b}}c{x!r:>{w}}d"\n', b'f"""x\ny{{z\n"""\n', b'rf"\\{x}\\N{y}"\n',
    b'f"\\N{BULLET} {x=}"\n', b'f"\\{x}"\n', b"f'{a!r:>{w}.{p}f}'\n", b'f"""abc{x:\n}"""\n',
    b'x = 1', b'x = 1 # c', b'#x', b'', b'\n', b'\xef\xbb\xbf', b'if x:\n  y', b'if x:\n  \\\n    y\n',
    b'x = 1\ry = 2\r\nz\n', b'x = 1\r', b'#c\r', b'if x:\r\n  y\r\n',
    b'1 <> 2\n1and 2\n0x1for\n\n', b'a<>b!=c!d\n', b'x = $ ? `\n', b'a**=b//=c>>=d<<=e...\n',
    b'br"x" Rb"x" u"x" rb"x" ur"x"\n', b'fr"x" Rf"x" F"x" bf"x"\n',
    b'# coding: latin-1\nx = "\xe9"\n', b'\xef\xbb\xbf# coding: latin-1\n', b'x = 1\xff\n', b'x = 1\n# \xff\n',
    b'# -*- coding: xyz -*-\n', b'x = "abc\ny=2\n', b'x = """abc\n', b"x = 'abc\\'\n", b'x = f"abc\n',
    b'if x:\n    a\n  b\n', b'if x:\n\ta\n        b\n', b'x = (1,\n', b'x = 1 +\\', b'x = 1 \\ 2\n',
    b'x = 1\n\x00y\n', '\u20ac\n'.encode(), b'a\xc2\xa0b\n', b'\x0b\n', b'0777\n', b'0o9\n', b'1__2\n',
    b'f"{"\n', b'f"}"\n', b'x = )\n', b'x = (]\n', b'(' * 201 + b'\n', b"f'{" * 200 + b'\n',
    b'          \r\xe2\x82\xac \n',
    # coding declarations: lines are decoded one by one, with errors="replace"
    b'# coding: utf-16\nx = 1\n', b'# coding: utf_32_be\nx = 1\n', b'# coding: latin2\nx = "\xb1"\n',
    b'# coding: 1026\nx = 1\n', b'# coding: punycode\nx = 1\n', b'# coding: rot13\nx = 1\n',
    b'# coding: undefined\nx = 1\n', b'# coding: idna\nx = 1\n', b'# coding: utf-7\nx = "+2D0-"\n',
    b'# coding: cp1252\nx = "\x81"\n', b'# coding: shift_jis\nx = "\x82\xa0\xff"\n',
]

# Snippets whose ast.parse error is the tokenizer's.
ERRORS = [
    b'x = 1\xff\n', b'x = 1\n\n\n\n\xff = 1\n', b'# -*- coding: xyz -*-\nx=1\n', b'\xef\xbb\xbf# coding: latin-1\nx=1\n',
    b'x = "abc\ny=2\n', b'x = """abc\ny=2\n', b"x = 'abc\\'\n", b'if x:\n    a\n  b\n', b'if x:\n\ta\n        b\n',
    b'if x:\n        y\n\tz\n', b'x = (1,\n', b'x = [\n1,\n', b'x = 1 +\\', b'x = 1 +\\\n', b'x = 1 \\ 2\n',
    '\u00e9 = 1 \\ 2\n'.encode(), 'x = 1\u20ac\n'.encode(), b'x = a\xc2\xa0b\n', b'a\xe2\x80\x8bb = 1\n',
    b'\xcc\x81 = 1\n', b'x = 0777\n', '\u00e9 = 0777\n'.encode(), b'x = 0o78\n', b'x = 0x\n', b'x = 1_\n',
    b'x = 1e\n', b'x = 1abc\n', b'x = 0b12\n', b'x = 0b\n', b'x = 0o\n', b'x = 1__0\n', b'x = 1e+\n',
    b'x = 1jx\n', b'x = 0xg\n', b'x = 09\n', b'x = )\n', b'x = (]\n', b'x = (\n]\n', '\u00e9 = (]\n'.encode(),
    b'f"{"\n', b'f"}"\n', b'f"{x"\n', b'f"abc\n', b'f"""abc\n', b'f"{)}"\n', b'f"{a:{b:{c:{d}}}}"\n',
    b'(' * 201 + b'\n', b"f'{" * 200 + b'\n', b''.join(b' ' * i + b'if 1:\n' for i in range(120)),
    b'x = \x0b1\n', b'x = \x7f\n', b'x = "\\\n', b'\\', b'x = 1\x00\n', b'x = 1\xe4\xb8\n',
    b'if 1:\n    \xff    "abc"\n  x\n',
    # coding declarations: CPython's codec registry and messages (the tokenizer's init error)
    b'# coding: utf8\nx = \'\xe9\'\n', b'# coding: utf-16\nx = 1\n', b'# coding: utf-32\nx = 1\n',
    b'# coding: rot13\nx = 1\n', b'# coding: hex\nx = 1\n', b'# coding: base64\nx = 1\n',
    b'# coding: latin2\nx = 1\n', b'# coding: 1252\nx = "\x81"\n', b'# coding: 037\nx = 1\n',
    b'# coding: undefined\nx = 1\n', b'# coding: punycode\nx = 1\n', b'# coding: idna\nx = "\xe9"\n',
    b'# coding: utf-7\nx = "+2D0-"\n', b'# coding: utf-7\nx = "+AGEA-"\n',
    b'# coding: unicode_escape\nx = "\\N{foo}"\n',
    b'# coding: raw_unicode_escape\nx = "\\u00e9"\n', b'# coding: koi8_u\nx = 1\n', b'# coding: nope\nx = 1\n',
    b'# coding: mbcs\nx = 1\n', b'# coding: euc_kr\nx = "\x80"\n', b'# coding: hz\nx = "~{!"\n',
]

# Codec cases: (encoding, bytes) decoded strictly and with errors="replace" (PyUnicode_Decode). The exact
# codecs only: the CJK ones go through the JDK's charsets and may differ in rare characters.
CODEC_NAMES = ['ascii', 'latin-1', 'charmap', 'UTF8', 'utf_8_sig', 'utf-16', 'utf-16-le', 'utf-16-be',
               'utf-32', 'utf-32-le', 'utf-32-be', 'utf-7', 'unicode_escape', 'raw_unicode_escape',
               'punycode', 'idna', 'undefined', 'hz', 'cp1252', 'cp037', 'koi8_r', 'mac_roman', 'tis_620',
               'shift_jis', 'cp932', 'euc_jp', 'rot13', 'base64', 'nonexistent', 'latin$1', 'utf..8']
CODEC_ALPHABET = [b'a', b'+', b'-', b'\\', b'u', b'U', b'x', b'N', b'{', b'}', b'0', b'9', b'A', b'/', b'~',
                  b'.', b'xn--', b'\n', b'\x80', b'\xff', b'\xe9', b'\xc3\xa9', b'\xd8', b'\xdc', b'\x00',
                  b'\x81', b'\xa1', b'~{', b'~}', b'!!', b'\xfe\xff', b'\xff\xfe', b'\x82\xa0']


def codec_cases():
    import random
    rnd = random.Random(3)
    out = []
    for enc in CODEC_NAMES:
        for _ in range(12):
            out.append((enc, b''.join(rnd.choice(CODEC_ALPHABET) for _ in range(rnd.randint(1, 6)))))
    return out


def decode_result(b, enc, errors):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            s = str(b, enc, errors)
        return 'OK:' + ' '.join('%x' % ord(c) for c in s)
    except Exception as e:
        return f'{type(e).__name__}: {e}'



def jstr(b):
    """A Java string literal whose chars are the bytes (ISO-8859-1)."""
    out = ['"']
    for c in b:
        ch = chr(c)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif 0x20 <= c < 0x7f:
            out.append(ch)
        else:
            out.append(f'\\u{c:04x}')
    out.append('"')
    s = ''.join(out)
    # keep lines short: split long literals
    if len(s) > 90:
        parts = []
        body = s[1:-1]
        i = 0
        while i < len(body):
            j = min(i + 80, len(body))
            while j < len(body) and body[j - 1] == '\\':
                j += 1
            # do not cut a \\uXXXX escape
            k = body.rfind('\\u', i, j)
            if k >= 0 and k + 6 > j and not (k > 0 and body[k - 1] == '\\'):
                j = k
            parts.append('"' + body[i:j] + '"')
            i = j
        s = '\n                + '.join(parts)
    return s


def jtext(t):
    """A Java string literal for a str (UTF-16 escapes for what is not printable ASCII)."""
    b = t.encode('utf-16-be', 'surrogatepass')
    units = [int.from_bytes(b[i:i + 2], 'big') for i in range(0, len(b), 2)]
    return jstr_units(units)


def jstr_units(units):
    return jstr(units)


def tokenize_main(src):
    path = FILENAME
    with open(path, 'wb') as f:
        f.write(src)
    sys.argv = ['tokenize', '-e', path]
    o, e = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = o, e
    rc = 0
    try:
        tokenize.main()
    except SystemExit as x:
        rc = x.code
    except Exception:
        # main() printed "unexpected error: ..." and re-raised; the interpreter would print the traceback
        # after that line and exit with status 1.
        rc = 1
    finally:
        sys.stdout, sys.stderr = so, se
        os.remove(path)
    return o.getvalue(), e.getvalue(), rc


def parse_error(src):
    path = FILENAME
    with open(path, 'wb') as f:
        f.write(src)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            ast.parse(src, path)
        return 'OK'
    except SyntaxError as e:
        f = lambda v: 'None' if v is None else v
        return f'{type(e).__name__}|{e.msg}|{f(e.lineno)}|{f(e.offset)}|{f(e.end_lineno)}|{f(e.end_offset)}'
    finally:
        os.remove(path)


rows_dump = []
for src in DUMP:
    out, err, rc = tokenize_main(src)
    rows_dump.append(f'            new DumpCase({jstr(src)},\n                {jtext(out)},\n'
                     f'                {jtext(err)}, {rc})')
rows_codec = []
for enc, b in codec_cases():
    rows_codec.append(f'            new CodecCase({jstr(enc.encode())}, {jstr(b)},\n'
                      f'                {jtext(decode_result(b, enc, "strict"))},\n'
                      f'                {jtext(decode_result(b, enc, "replace"))})')
rows_err = []
for src in ERRORS:
    rows_err.append(f'            new ErrorCase({jstr(src)},\n                {jtext(parse_error(src))})')

java = f'''// GENERATED by tools/gen_tokenizer_cases.py from CPython 3.13.0. Do not edit.
package dev.kaa.compiler.tokenize;

import java.util.List;

/** What CPython 3.13 gives for tokenizer test snippets (sources are bytes, one char per byte). */
final class TokenizerCases {{
    private TokenizerCases() {{
    }}

    /** The file name the snippets were run as. */
    static final String FILENAME = "{FILENAME}";

    /** A snippet and what {{@code python3.13 -m tokenize -e t.py}} prints for it. */
    record DumpCase(String source, String stdout, String stderr, int status) {{
    }}

    /** A snippet and ast.parse's SyntaxError: "kind|msg|lineno|offset|end_lineno|end_offset" (None = -1). */
    record ErrorCase(String source, String error) {{
    }}

    /**
     * str(input, encoding, errors) strict and with "replace": "OK:" and the code points in hex, or
     * "ExceptionType: message".
     */
    record CodecCase(String encoding, String input, String strict, String replace) {{
    }}

    static final List<DumpCase> DUMP = List.of(
{",\n".join(rows_dump)});

    static final List<ErrorCase> ERRORS = List.of(
{",\n".join(rows_err)});

    static final List<CodecCase> CODECS = List.of(
{",\n".join(rows_codec)});
}}
'''
with open(OUT, 'w') as f:
    f.write(java)
print(f'wrote {OUT}: {len(rows_dump)} dump cases, {len(rows_err)} error cases, {len(rows_codec)} codec cases')
