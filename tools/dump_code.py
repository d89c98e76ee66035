#!/usr/bin/env python3.13
"""Dump the code objects CPython 3.13 compiles from a file, as JSON, for Kaa's tests.

    python3.13 tools/dump_code.py [--dis] FILE... > out.jsonl

Each code object is {"argcount", "posonlyargcount", "kwonlyargcount", "stacksize", "flags", "firstlineno",
"code" (hex), "consts", "names", "localsplusnames", "localspluskinds" (list of ints), "filename", "name",
"qualname", "linetable" (hex), "exceptiontable" (hex)}; a constant is a tagged object: {"none"}, {"bool"},
{"int": "decimal"}, {"float": repr}, {"complex": [repr, repr]}, {"str": s}, {"codepoints": [...]} (str with surrogates), {"bytes": hex}, {"ellipsis"},
{"tuple": [...]}, {"frozenset": [... in iteration order]}, {"code": {...}}.
"""
import json, sys


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
    # co_localsplusnames is not exposed; rebuild it as CPython lays it out: varnames (cells among them
    # flagged), then cells that are not arguments/locals, then free variables.
    names, kinds = [], []
    for v in co.co_varnames:
        names.append(v)
        kinds.append(0x20 | (0x40 if v in co.co_cellvars else 0))
    for v in co.co_cellvars:
        if v not in co.co_varnames:
            names.append(v)
            kinds.append(0x40)
    for v in co.co_freevars:
        names.append(v)
        kinds.append(0x80)
    return names, kinds


def main(args):
    """One JSON object per line and file: {"file", "code"} or {"file", "error"}; with --dis also "dis",
    the output of `python3.13 -m dis FILE` for the same code object."""
    import dis, io
    with_dis = '--dis' in args
    for f in [a for a in args if a != '--dis']:
        try:
            co = compile(open(f, 'rb').read(), f, 'exec')
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
