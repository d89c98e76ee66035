#!/usr/bin/env python3.13
"""CPython's side of the front-end benchmark (run by dev.kaa.bench.FrontendBench, see bench/frontend.sh).

    python3.13 bench/frontend_cpython.py STDLIB WARMUP ROUNDS

Compiles every .py file of STDLIB (site-packages excluded) with compile(src, path, 'exec',
ast.PyCF_ONLY_AST), WARMUP rounds unmeasured then ROUNDS measured, and prints key=value lines: version,
files, bytes, syntax_errors, rounds (seconds per round, comma-separated), vmhwm_kb (peak RSS).
"""
import ast
import os
import sys
import time
import warnings


def lib_files(stdlib):
    files = []
    for d, dirnames, filenames in os.walk(stdlib):
        dirnames[:] = sorted(x for x in dirnames if not (d == stdlib and x == "site-packages"))
        for f in sorted(filenames):
            if f.endswith(".py"):
                files.append(os.path.join(d, f))
    return files


def compile_all(sources):
    errors = 0
    for path, src in sources:
        try:
            compile(src, path, "exec", ast.PyCF_ONLY_AST)
        except SyntaxError:
            errors += 1
    return errors


def vmhwm_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def main():
    stdlib, warmup, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    warnings.simplefilter("ignore")  # SyntaxWarnings (invalid escapes in tests) are not what we measure
    sources = []
    for p in lib_files(stdlib):
        with open(p, "rb") as f:
            sources.append((p, f.read()))
    errors = 0
    for _ in range(warmup):
        errors = compile_all(sources)
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        errors = compile_all(sources)
        times.append(time.perf_counter() - t0)
    print(f"version={sys.version.split()[0]}")
    print(f"files={len(sources)}")
    print(f"bytes={sum(len(s) for _, s in sources)}")
    print(f"syntax_errors={errors}")
    print("rounds=" + ",".join(f"{t:.6f}" for t in times))
    print(f"vmhwm_kb={vmhwm_kb()}")


if __name__ == "__main__":
    main()
