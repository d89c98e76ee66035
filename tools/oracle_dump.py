#!/usr/bin/env python3.13
"""CPython 3.13's answers for Kaa's front-end oracle tests, computed in one CPython run.

    python3.13 tools/oracle_dump.py lib STDLIB CACHE_DIR     # the Lib sweep's cache (see below)
    python3.13 tools/oracle_dump.py verdicts DIR             # the fuzzer's verdicts for DIR/*.py

`lib` writes, for every .py file under STDLIB (site-packages excluded), what these two commands print,
which are the issue's oracle commands, reproduced in-process so the whole of Lib takes seconds, not
1,726 interpreter start-ups:

    python3.13 -m tokenize -e FILE                           (stdout, stderr, exit status)
    python3.13 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read(), sys.argv[1]),
                   include_attributes=True))" FILE           (stdout, exit status; on a SyntaxError the line
                                                              `Kind 'msg' lineno offset end_lineno end_offset`)

FILE is the absolute path of the file (tokenize's error lines contain it). CACHE_DIR gets index.jsonl
(one object per file, in order: path relative to STDLIB, size, tok_status, tok_stderr_b64, ast_status),
tokens/N.gz and ast/N.gz (the gzipped stdout of file number N), and STAMP, written last. When STAMP
names this script's hash, this interpreter and the same list of files, the cache is reused and nothing
is recomputed. The work is spread over the available cores with multiprocessing.

`verdicts` writes DIR/verdicts.txt: for each DIR/*.py in sorted order, `name<TAB>outcome`, where the
outcome is `OK`, the syntax-error line above, or `Kind: message` (the traceback's last line) when
CPython raises something else (MemoryError "Parser stack overflowed", RecursionError ...).
"""
import ast
import base64
import fcntl
import gzip
import hashlib
import io
import json
import multiprocessing
import os
import shutil
import sys
import tokenize
import traceback

assert sys.version_info[:2] == (3, 13), "the oracle is CPython 3.13; run this script with python3.13"


def ast_outcome(src, filename):
    """(stdout text, exit status, last stderr line) of the issue's --dump-ast oracle command."""
    try:
        tree = ast.parse(src, filename)
    except SyntaxError as e:
        return (f"{type(e).__name__} {e.msg!r} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n",
                1, None)
    except Exception as e:  # MemoryError (parser stack), RecursionError (AST construction), ValueError ...
        return "", 1, traceback.format_exception_only(e)[0].rstrip("\n")
    try:
        return ast.dump(tree, include_attributes=True) + "\n", 0, None
    except Exception as e:  # RecursionError in ast.dump of a very deep tree
        return "", 1, traceback.format_exception_only(e)[0].rstrip("\n")


def error_outcome(src, filename="<file>"):
    """One line: 'OK', the syntax-error line, or 'Kind: message' -- without dumping the tree."""
    try:
        ast.parse(src, filename)
        return "OK"
    except SyntaxError as e:
        return f"{type(e).__name__} {e.msg!r} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}"
    except Exception as e:
        return traceback.format_exception_only(e)[0].rstrip("\n")


def tokenize_outcome(path):
    """(stdout bytes, stderr bytes, exit status) of `python3.13 -m tokenize -e path`, in-process."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr, sys.argv
    sys.stdout, sys.stderr, sys.argv = out, err, ["tokenize", "-e", path]
    try:
        tokenize.main()
        status = 0
    except SystemExit as e:
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code
        else:
            print(e.code, file=err)
            status = 1
    except BaseException:  # main() re-raises after "unexpected error: ..."; the interpreter prints it
        traceback.print_exc(file=err)
        status = 1
    finally:
        sys.stdout, sys.stderr, sys.argv = saved
    # The real process's stdout is strict UTF-8; its stderr uses backslashreplace.
    return out.getvalue().encode("utf-8"), err.getvalue().encode("utf-8", "backslashreplace"), status


def lib_files(stdlib):
    """Relative paths of every .py file of Lib (top-level site-packages excluded), in a stable order."""
    files = []
    for d, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = sorted(x for x in dirnames if not (d == stdlib and x == "site-packages"))
        for f in sorted(filenames):
            if f.endswith(".py"):
                files.append(os.path.relpath(os.path.join(d, f), stdlib))
    return files


def _lib_one(job):
    i, path, outdir = job
    with open(path, "rb") as f:
        src = f.read()
    tok_out, tok_err, tok_status = tokenize_outcome(path)
    with warnings_ignored():
        ast_out, ast_status, ast_err = ast_outcome(src, path)
    with open(os.path.join(outdir, "tokens", f"{i}.gz"), "wb") as f:
        f.write(gzip.compress(tok_out, compresslevel=1, mtime=0))
    with open(os.path.join(outdir, "ast", f"{i}.gz"), "wb") as f:
        f.write(gzip.compress(ast_out.encode("utf-8"), compresslevel=1, mtime=0))
    return i, len(src), tok_status, tok_err, ast_status, ast_err


class warnings_ignored:
    """SyntaxWarnings of ast.parse go to stderr, which the AST oracle does not compare; keep them quiet."""

    def __enter__(self):
        import warnings
        self.cm = warnings.catch_warnings()
        self.cm.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc):
        return self.cm.__exit__(*exc)


def stamp_text(stdlib, files):
    with open(__file__, "rb") as f:
        script = hashlib.sha256(f.read()).hexdigest()
    listing = hashlib.sha256("\n".join(files).encode()).hexdigest()
    return json.dumps({"script": script, "python": sys.executable, "version": sys.version,
                       "stdlib": stdlib, "files": len(files), "listing": listing}) + "\n"


def cmd_lib(stdlib, cache):
    stdlib = os.path.abspath(stdlib)
    cache = os.path.abspath(cache)
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    # Several test runs may share the work tree: one generates, the others wait and then reuse.
    with open(cache + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _cmd_lib_locked(stdlib, cache)


def _cmd_lib_locked(stdlib, cache):
    files = lib_files(stdlib)
    stamp = stamp_text(stdlib, files)
    try:
        with open(os.path.join(cache, "STAMP")) as f:
            if f.read() == stamp:
                print(f"oracle_dump: cache {cache} is up to date ({len(files)} files)", file=sys.stderr)
                return 0
    except OSError:
        pass
    tmp = cache + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "tokens"))
    os.makedirs(os.path.join(tmp, "ast"))
    paths = [os.path.join(stdlib, rel) for rel in files]
    # Largest files first, one per task, so the cores finish together.
    jobs = sorted(((i, p, tmp) for i, p in enumerate(paths)), key=lambda j: -os.path.getsize(j[1]))
    ncpu = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    print(f"oracle_dump: running CPython's tokenize and ast over {len(files)} files of {stdlib} "
          f"on {ncpu} cores...", file=sys.stderr)
    results = [None] * len(files)
    with multiprocessing.get_context("fork").Pool(ncpu) as pool:
        for r in pool.imap_unordered(_lib_one, jobs, chunksize=1):
            results[r[0]] = r
    with open(os.path.join(tmp, "index.jsonl"), "w") as f:
        for rel, (i, size, tok_status, tok_err, ast_status, ast_err) in zip(files, results):
            f.write(json.dumps({"path": rel, "size": size, "tok_status": tok_status,
                                "tok_stderr_b64": base64.b64encode(tok_err).decode(),
                                "ast_status": ast_status, "ast_stderr_last": ast_err}) + "\n")
    with open(os.path.join(tmp, "STAMP"), "w") as f:
        f.write(stamp)
    shutil.rmtree(cache, ignore_errors=True)
    os.rename(tmp, cache)
    print(f"oracle_dump: wrote {cache}", file=sys.stderr)
    return 0


def cmd_verdicts(d):
    names = sorted(n for n in os.listdir(d) if n.endswith(".py"))
    with warnings_ignored(), open(os.path.join(d, "verdicts.txt.tmp"), "w") as out:
        for n in names:
            with open(os.path.join(d, n), "rb") as f:
                src = f.read()
            out.write(f"{n}\t{error_outcome(src)}\n")
    os.replace(os.path.join(d, "verdicts.txt.tmp"), os.path.join(d, "verdicts.txt"))
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "lib":
        return cmd_lib(argv[2], argv[3])
    if len(argv) == 3 and argv[1] == "verdicts":
        return cmd_verdicts(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
