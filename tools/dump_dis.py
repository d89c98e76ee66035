#!/usr/bin/env python3.13
"""Write the expected output of Kaa's codegen tests: for each FILE.py, what `python3.13 -m dis FILE.py`
prints (run in FILE's directory, so the file name in "Disassembly of <code object ...>" lines is the bare
name), into FILE.py.dis; or, when it fails, the SyntaxError compile() raises (or -m dis's RecursionError) into FILE.py.err
as `Kind 'msg' lineno offset end_lineno end_offset`; and the SyntaxWarnings compile() issues, if any,
into FILE.py.warnings (see WARN below).  For opt_*.py also FILE.py.O.dis and FILE.py.OO.dis: what
`python3.13 -O -m dis` and `-OO -m dis` print.

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

# The SyntaxWarnings compile() issues: one line each, `lineno 'msg'`, then what -W error makes of the first
# (a SyntaxError with the warning's position).
WARN = r'''
import sys, warnings
src = open(sys.argv[1], 'rb').read()
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    compile(src, sys.argv[1], 'exec')
ws = [w for w in ws if w.category is SyntaxWarning]
for w in ws:
    print(w.lineno, repr(str(w.message)))
if ws:
    with warnings.catch_warnings():
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(src, sys.argv[1], 'exec')
        except SyntaxError as e:
            print('error:', type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
'''


def main(files):
    env = dict(os.environ, PYTHONHASHSEED='0')
    for path in files:
        d, name = os.path.split(os.path.abspath(path))
        for stale in (path + '.dis', path + '.err', path + '.warnings', path + '.O.dis', path + '.OO.dis'):
            if os.path.exists(stale):
                os.remove(stale)
        r = subprocess.run([sys.executable, '-m', 'dis', name], cwd=d, env=env, capture_output=True, text=True)
        if r.returncode == 0:
            with open(path + '.dis', 'w') as f:
                f.write(re.sub(r'0x[0-9a-f]+', '0x0', r.stdout))
            if name.startswith('opt_'):
                for flag in ('-O', '-OO'):
                    out = subprocess.run([sys.executable, flag, '-m', 'dis', name], cwd=d, env=env,
                                         capture_output=True, text=True, check=True).stdout
                    with open(path + '.' + flag[1:] + '.dis', 'w') as f:
                        f.write(re.sub(r'0x[0-9a-f]+', '0x0', out))
            warns = subprocess.run([sys.executable, '-c', WARN, name], cwd=d, env=env, capture_output=True,
                                   text=True, check=True).stdout
            if warns:
                with open(path + '.warnings', 'w') as f:
                    f.write(warns)
            continue
        last = r.stderr.strip().splitlines()[-1]
        if last.startswith('RecursionError: '):
            # how deep compile() may go depends on the caller's depth: take -m dis's verdict as it is
            err = 'RecursionError %r None None None None\n' % last[len('RecursionError: '):]
        else:
            err = subprocess.run([sys.executable, '-c', ERR, name], cwd=d, env=env, capture_output=True,
                                 text=True, check=True).stdout
        with open(path + '.err', 'w') as f:
            f.write(err)


if __name__ == '__main__':
    main(sys.argv[1:])
