#!/usr/bin/env python3.13
"""Dump CPython 3.13's symbol tables for source files, the oracle of Kaa's symtable tests.

    python3.13 tools/dump_symtable.py FILE...           # print each file's dump, separated by '#### FILE'
    python3.13 tools/dump_symtable.py --write FILE...   # write FILE.symtable next to each FILE

Format, one block per scope, children indented by two spaces:

    <type> <name> line=<lineno> nested=<0|1> varnames=[...]
      <symbol> <raw flags>            (sorted by name; flags include the scope bits, CPython's ste_symbols)

or, when the symbol table pass fails, one line:

    SyntaxError '<msg>' <lineno> <offset> <end_lineno> <end_offset>

Types are _symtable's: function, class, module, annotation, type_alias, type_parameters, type_variable.
"""
import symtable, sys

TYPES = ['function', 'class', 'module', 'annotation', 'type_alias', 'type_parameters', 'type_variable']


def dump(table, indent, out):
    t = table._table
    out.append('%s%s %s line=%d nested=%d varnames=[%s]' % (
        indent, TYPES[t.type], t.name, t.lineno, t.nested, ', '.join(t.varnames)))
    for name in sorted(t.symbols):
        out.append('%s  %s %d' % (indent, name, t.symbols[name]))
    for child in table.get_children():
        dump(child, indent + '  ', out)


def dump_file(path):
    src = open(path, 'rb').read()
    out = []
    try:
        dump(symtable.symtable(src, path, 'exec'), '', out)
    except SyntaxError as e:
        out = ['%s %r %s %s %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)]
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    args = sys.argv[1:]
    write = '--write' in args
    for path in [a for a in args if a != '--write']:
        text = dump_file(path)
        if write:
            with open(path + '.symtable', 'w') as f:
                f.write(text)
        else:
            sys.stdout.write('#### %s\n%s' % (path, text))
