#!/usr/bin/env python3.13
"""Write the expected output of Kaa's codegen tests: for each FILE.py, what `python3.13 -m dis FILE.py`
prints (run in FILE's directory, so the file name in "Disassembly of <code object ...>" lines is the bare
name), into FILE.py.dis; or, when CPython's compile() rejects FILE, the SyntaxError into FILE.py.err as
`Kind 'msg' lineno offset end_lineno end_offset`.

Object addresses are normalized as dev.kaa.compiler.bytecode.Dis#normalize does (0x... -> 0x0), and
PYTHONHASHSEED=0 fixes the order of frozensets of str.  Each file gets a fresh process, as `-m dis` would:
which strings are interned decides some frozenset orders (see tools/gen_interned.py).

    PYENV_VERSION=3.13.0 python3.13 tools/dump_dis.py compiler/src/test/resources/codegen/*.py
"""
import os, re, subprocess, sys

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

ERR = r'''
import sys
src = open(sys.argv[1], 'rb').read()
try:
    compile(src, sys.argv[1], 'exec')
except SyntaxError as e:
    print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
'''


def main(files):
    env = dict(os.environ, PYTHONHASHSEED='0')
    for path in files:
        d, name = os.path.split(os.path.abspath(path))
        err = subprocess.run([sys.executable, '-c', ERR, name], cwd=d, env=env, capture_output=True,
                             text=True, check=True).stdout
        for stale in (path + '.dis', path + '.err'):
            if os.path.exists(stale):
                os.remove(stale)
        if err:
            with open(path + '.err', 'w') as f:
                f.write(err)
            continue
        out = subprocess.run([sys.executable, '-m', 'dis', name], cwd=d, env=env, capture_output=True,
                             text=True, check=True).stdout
        with open(path + '.dis', 'w') as f:
            f.write(re.sub(r'0x[0-9a-f]+', '0x0', out))


if __name__ == '__main__':
    main(sys.argv[1:])
