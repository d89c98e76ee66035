#!/usr/bin/env python3.13
"""Dump CPython 3.13's raw code generator output (before the flow-graph optimizer) for files, for Kaa's
codegen tests: one JSON line per file, {"file", "units": [[[op, arg, lineno, end_lineno, col, end_col], ...],
...]} with the code units in post-order (children before parents, as they are finished), jump opargs as
instruction indices and arg -1 where the instruction takes none; or {"file", "error"}.

    python3.13 tools/dump_codegen.py FILE...
"""
import ast, json, sys
import _testinternalcapi


def units(seq, out):
    for child in seq.get_nested():
        units(child, out)
    out.append([[op, -1 if arg is None else arg, l, el, c, ec] for op, arg, l, el, c, ec in seq.get_instructions()])


def main(args):
    for f in args:
        try:
            tree = ast.parse(open(f, 'rb').read(), f)
            seq, _ = _testinternalcapi.compiler_codegen(tree, f, 0)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            print(json.dumps({'file': f, 'error': '%s: %s' % (type(e).__name__, e)}))
            continue
        out = []
        units(seq, out)
        print(json.dumps({'file': f, 'units': out}))


if __name__ == '__main__':
    main(sys.argv[1:])
