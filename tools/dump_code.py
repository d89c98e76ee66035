#!/usr/bin/env python3.13
"""Dump the code objects CPython 3.13 compiles from a file, as JSON, for Kaa's tests.

    python3.13 tools/dump_code.py [--dis] FILE... > out.jsonl

Each code object is {"argcount", "posonlyargcount", "kwonlyargcount", "stacksize", "flags", "firstlineno",
"code" (hex), "consts", "names", "localsplusnames", "localspluskinds" (list of ints), "filename", "name",
"qualname", "linetable" (hex), "exceptiontable" (hex)}; a constant is a tagged object: {"none"}, {"bool"},
{"int": "decimal"}, {"float": repr}, {"complex": [repr, repr]}, {"str": s}, {"codepoints": [...]} (str with surrogates), {"bytes": hex}, {"ellipsis"},
{"tuple": [...]}, {"frozenset": [... in iteration order]}, {"code": {...}}.
"""
import json, marshal, sys


def const(c):
    if c is None:
        return {'none': None}
    if c is Ellipsis:
        return {'ellipsis': None}
    if isinstance(c, bool):
        return {'bool': c}
    if isinstance(c, int):
        return {'int': str(c)}
    if isinstance(c, float):
        return {'float': c.hex()}
    if isinstance(c, complex):
        return {'complex': [c.real.hex(), c.imag.hex()]}
    if isinstance(c, str):
        if any(0xd800 <= ord(ch) <= 0xdfff for ch in c):
            return {'codepoints': [ord(ch) for ch in c]}  # JSON would pair lone surrogates
        return {'str': c}
    if isinstance(c, bytes):
        return {'bytes': c.hex()}
    if isinstance(c, tuple):
        return {'tuple': [const(x) for x in c]}
    if isinstance(c, frozenset):
        return {'frozenset': [const(x) for x in c]}
    if hasattr(c, 'co_code'):
        return {'code': code(c)}
    raise TypeError(type(c))


def code(co):
    return {
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount, 'stacksize': co.co_stacksize, 'flags': co.co_flags,
        'firstlineno': co.co_firstlineno, 'code': co.co_code.hex(),
        'consts': [const(c) for c in co.co_consts], 'names': list(co.co_names),
        'localsplusnames': localsplus(co)[0], 'localspluskinds': localsplus(co)[1],
        'filename': co.co_filename, 'name': co.co_name, 'qualname': co.co_qualname,
        'linetable': co.co_linetable.hex(), 'exceptiontable': co.co_exceptiontable.hex(),
    }


def localsplus(co):
    """co_localsplusnames and co_localspluskinds, which Python does not expose: read back from the marshal
    format, which carries both (the kinds include CO_FAST_HIDDEN)."""
    m = _MarshalCode(marshal.dumps(co)).read()
    return list(m['localsplusnames']), list(m['localspluskinds'])


class _MarshalCode:
    """Just enough of a marshal (version 4+) reader to get at a code object's fields."""

    def __init__(self, data):
        self.data, self.pos, self.refs = data, 0, []

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def int32(self):
        v = int.from_bytes(self.data[self.pos:self.pos + 4], 'little', signed=True)
        self.pos += 4
        return v

    def raw(self, n):
        v = self.data[self.pos:self.pos + n]
        self.pos += n
        return v

    def read(self):
        code = self.byte()
        flag, t = code & 0x80, chr(code & 0x7f)
        if t == 'r':
            return self.refs[self.int32()]
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(None)
        v = self.value(t)
        if flag:
            self.refs[slot] = v
        return v

    def value(self, t):
        if t in 'NTF.S0':
            return {'N': None, 'T': True, 'F': False, '.': Ellipsis, 'S': StopIteration, '0': None}[t]
        if t == 'i':
            return self.int32()
        if t == 'l':
            n = self.int32()
            digits = [int.from_bytes(self.raw(2), 'little') for _ in range(abs(n))]
            v = sum(d << (15 * i) for i, d in enumerate(digits))
            return -v if n < 0 else v
        if t == 'g':
            return self.raw(8)
        if t == 'y':
            return self.raw(16)
        if t == 's':
            return self.raw(self.int32())
        if t in 'ut':
            return self.raw(self.int32()).decode('utf-8', 'surrogatepass')
        if t in 'aA':
            return self.raw(self.int32()).decode('latin-1')
        if t in 'zZ':
            return self.raw(self.byte()).decode('latin-1')
        if t == ')':
            return tuple(self.read() for _ in range(self.byte()))
        if t in '([<>':
            return tuple(self.read() for _ in range(self.int32()))
        if t == '{':
            d = []
            while self.data[self.pos] != ord('0'):
                d.append((self.read(), self.read()))
            self.pos += 1
            return d
        if t == 'c':
            fields = {}
            for name in ('argcount', 'posonlyargcount', 'kwonlyargcount', 'stacksize', 'flags'):
                fields[name] = self.int32()
            for name in ('code', 'consts', 'names', 'localsplusnames', 'localspluskinds', 'filename', 'name',
                         'qualname'):
                fields[name] = self.read()
            fields['firstlineno'] = self.int32()
            fields['linetable'] = self.read()
            fields['exceptiontable'] = self.read()
            return fields
        raise ValueError('marshal type %r' % t)


def main(args):
    """One JSON object per line and file: {"file", "code"} or {"file", "error"}; with --dis also "dis",
    the output of `python3.13 -m dis FILE` for the same code object; --optimize=N compiles as -O (1) or
    -OO (2) would."""
    import dis, io
    with_dis = '--dis' in args
    optimize = 0
    for a in args:
        if a.startswith('--optimize='):
            optimize = int(a[len('--optimize='):])
    for f in [a for a in args if not a.startswith('--')]:
        try:
            co = compile(open(f, 'rb').read(), f, 'exec', optimize=optimize)
        except (SyntaxError, ValueError) as e:
            print(json.dumps({'file': f, 'error': '%s: %s' % (type(e).__name__, e)}))
            continue
        out = {'file': f, 'code': code(co)}
        if with_dis:
            buf = io.StringIO()
            dis.dis(co, file=buf)
            out['dis'] = buf.getvalue()
        print(json.dumps(out))


if __name__ == '__main__':
    main(sys.argv[1:])
