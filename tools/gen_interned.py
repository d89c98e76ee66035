#!/usr/bin/env python3.13
"""Generate dev.kaa.compiler.codegen.StartupInterned: the strings CPython 3.13 has interned when
`python3.13 -m dis FILE` compiles FILE.

Why the compiler cares: a frozenset constant (`x in {'a', 'b'}`, `{'a', 'b', *c}`) is built more than once
on its way into a code object, each time from the previous build's iteration order, and making the code
object builds it once more when interning replaces one of its str items by an already-interned equal
string.  The last build decides the order `dis` prints (and the order a `for` loop over the constant sees),
so Kaa must know which strings were interned before: these, plus the identifiers of the module being
compiled (the parser interns those).  Only strings CPython would intern as constants matter: ASCII
letters, digits and '_', longer than one character (one-character strings are singletons).

How: a process that does what `python3.13 -m dis` does (runpy runs the dis module, which imports argparse
and calls compile()) replaces builtins.compile by a hook that, at the moment dis calls it, asks
`sys.intern(fresh copy) is not fresh copy` for every candidate word.  Candidates are every name-like
string of the stdlib's sources, the names the loaded modules and their classes expose, every string reachable from the garbage collector's objects, and CPython's static strings
(pycore_global_strings.h).  The probing hook is kept tiny and uses only names that are interned anyway.

    PYENV_VERSION=3.13.0 python3.13 tools/gen_interned.py
"""
import gc, json, os, re, subprocess, sys, sysconfig, tempfile, types

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'compiler', 'src', 'main', 'java',
                   'dev', 'kaa', 'compiler', 'codegen', 'StartupInterned.java')
NAME = re.compile(r'[A-Za-z0-9_]{2,}\Z')

# Step 1 runs inside an `-m dis` look-alike and lists what is reachable there (module names, dir()s,
# strings of the objects the garbage collector knows); any extra interning it causes is irrelevant.
GATHER = r'''
import sys, builtins, runpy, gc, types, json
_c = builtins.compile
def _hook(*a, **k):
    out = set(sys.modules)
    seen = set()
    stack = list(gc.get_objects()) + list(sys.modules.values())
    while stack:
        o = stack.pop()
        if isinstance(o, str):
            out.add(o)
            continue
        if id(o) in seen or o is out or o is seen or o is stack:
            continue
        seen.add(id(o))
        if isinstance(o, types.CodeType):
            stack.extend(o.co_consts); stack.extend(o.co_names); stack.extend(o.co_varnames)
            stack.extend(o.co_cellvars); stack.extend(o.co_freevars); stack.append(o.co_name)
        elif isinstance(o, types.FunctionType):
            stack.append(o.__code__); stack.append(o.__defaults__); stack.append(o.__kwdefaults__)
            stack.append(o.__name__); stack.append(o.__qualname__)
        elif isinstance(o, (type, types.ModuleType)):
            try:
                stack.append(dict(vars(o)))
                stack.extend(dir(o))
            except Exception:
                pass
        elif isinstance(o, (tuple, list, frozenset, set)):
            stack.extend(list(o))
        elif isinstance(o, dict):
            for key, v in list(o.items()):
                stack.append(key); stack.append(v)
    print(json.dumps({'modules': sorted(sys.modules), 'strings': sorted(out)}))
    sys.stdout.flush()
    return _c(*a, **k)
builtins.compile = _hook
sys.argv = ['dis', sys.argv[1]]
runpy.run_module('dis', run_name='__main__', alter_sys=True)
'''

# Step 2: the probe.  Its own identifiers (sys, builtins, runpy, compile, open, argv, read, split, join,
# list, intern, print, run_module, run_name, alter_sys) are interned in any such process anyway.
PROBE = r'''import sys,builtins,runpy
c=builtins.compile
p=sys.argv[1]
def h(*a):
 for w in open(p).read().split():
  f=''.join(list(w))
  if sys.intern(f) is not f:print(w)
 sys.stdout.flush()
 return c(*a)
builtins.compile=h
sys.argv=['dis',sys.argv[2]]
runpy.run_module('dis',run_name='__main__',alter_sys=True)
'''


def run(code, *args):
    env = dict(os.environ, PYTHONHASHSEED='0')
    r = subprocess.run([sys.executable, '-c', code, *args], capture_output=True, text=True, env=env,
                       check=True)
    return r.stdout.splitlines()


def source_strings(path, out):
    try:
        with open(path, 'rb') as f:
            co = compile(f.read(), path, 'exec')
    except (OSError, SyntaxError, ValueError):
        return
    todo = [co]
    while todo:
        c = todo.pop()
        if isinstance(c, types.CodeType):
            out.update(c.co_names, c.co_varnames, c.co_cellvars, c.co_freevars, (c.co_name,))
            todo.extend(c.co_consts)
        elif isinstance(c, (tuple, frozenset)):
            todo.extend(c)
        elif isinstance(c, str):
            out.add(c)


def main():
    stdlib = sysconfig.get_paths()['stdlib']
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, 'empty.py')
        open(empty, 'w').close()
        gathered = json.loads(run(GATHER, empty)[0])
        cands = set(gathered['strings'])
        # C code interns strings too (os.environ keys, getpath's names, ...): any name-like string of the
        # whole stdlib is a candidate.
        for dirpath, dirnames, filenames in os.walk(stdlib):
            dirnames[:] = sorted(d for d in dirnames if d != 'site-packages')
            for name in sorted(filenames):
                if name.endswith('.py'):
                    source_strings(os.path.join(dirpath, name), cands)
        header = os.path.join(sysconfig.get_paths()['include'], 'internal', 'pycore_global_strings.h')
        with open(header) as f:
            for m in re.finditer(r'STRUCT_FOR_(?:ID|STR)\((\w+)(?:, "([^"]*)")?\)', f.read()):
                cands.add(m.group(2) if m.group(2) is not None else m.group(1))
        cands = sorted(w for w in cands if isinstance(w, str) and NAME.match(w))
        cand_file = os.path.join(tmp, 'candidates.txt')
        with open(cand_file, 'w') as f:
            f.write('\n'.join(cands))
        lines = run(PROBE, cand_file, empty)
    words = sorted(set(w for w in lines if NAME.match(w)))
    write(words, len(cands))


def write(words, ncands):
    chunks, cur = [], []
    for w in words:
        if sum(len(x) + 1 for x in cur) + len(w) > 20000:
            chunks.append(' '.join(cur))
            cur = []
        cur.append(w)
    chunks.append(' '.join(cur))
    body = ',\n'.join('            "' + c + '"' for c in chunks)
    with open(OUT, 'w') as f:
        f.write(f'''// GENERATED by tools/gen_interned.py from CPython {sys.version.split()[0]} -- do not edit.
package dev.kaa.compiler.codegen;

import java.util.Set;

/**
 * The name-like strings ({{@code [A-Za-z0-9_]}}, two characters or more) that CPython 3.13 has interned when
 * {{@code python3.13 -m dis FILE}} compiles FILE ({words.__len__()} of {ncands} candidates probed).  Making a
 * code object rebuilds a frozenset constant when one of its str items has an interned twin, which changes
 * its iteration order; see {{@link InternedNames}} and tools/gen_interned.py.
 */
final class StartupInterned {{
    private static final String[] CHUNKS = {{
{body}
    }};

    static final Set<String> WORDS = load();

    private StartupInterned() {{
    }}

    private static Set<String> load() {{
        java.util.List<String> all = new java.util.ArrayList<>();
        for (String chunk : CHUNKS) {{
            all.addAll(java.util.Arrays.asList(chunk.split(" ")));
        }}
        return Set.copyOf(all);
    }}
}}
''')
    print(f'wrote {OUT}: {len(words)} words')


if __name__ == '__main__':
    main()
