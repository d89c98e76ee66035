#!/usr/bin/env python3.13
"""gen_golden.py — write the expected output of every golden program, as CPython 3.13.0 produces it.

    PYENV_VERSION=3.13.0 python3.13 tools/gen_golden.py [--check] [-j N] [DIR_OR_FILE ...]

A golden program is a file tests/golden/<group>/<name>.py whose name does not start with '_' (files starting
with '_' and sub-folders such as pkg_*/ are modules the programs import). Each program runs as
`python3.13 <name>.py` with cwd = its folder (so tracebacks say File "<name>.py"), stdin empty, a 60 s
timeout and only these variables added to the environment (every other PYTHON* variable is removed):
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1. CPython makes the script's path
absolute (__file__, sys.path[0], tracebacks' File "/abs/dir/<name>.py"), so the program's absolute folder is
written as $DIR in the expected output, keeping it independent of where the repository lives. The harness
(tests/src/test/java/dev/kaa/tests/GoldenTest.java) runs Kaa the same way and compares.

Beside each program goes <name>.expected, JSON kept diff-friendly with one output line per array element:

    {
     "exit": 1,
     "stdout": [
      "first line\\n",
      "last line without newline"
     ],
     "stderr": []
    }

An exit by signal is written as the shell shows it, 128 + the signal number (an uncaught KeyboardInterrupt
makes CPython kill itself with SIGINT: 130). Joining the elements gives the exact text (UTF-8 decoded; undecodable bytes as lone surrogates). Files are
rewritten only when their content changes, so running this twice changes nothing. --check writes nothing:
it lists programs whose .expected is missing or stale and .expected files without a program, and exits 1
if there are any. With no arguments every group under tests/golden/ is processed.
"""

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden"
TIMEOUT = 60
ENV_VARS = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}


def is_program(path):
    return path.suffix == ".py" and not path.name.startswith("_") and path.is_file()


def find_programs(args):
    """Programs named by args (files, or folders: a group folder or tests/golden itself), sorted."""
    roots = [Path(a).resolve() for a in args] or [GOLDEN]
    found = set()
    for root in roots:
        if root.is_file():
            if not is_program(root):
                sys.exit(f"gen_golden: {root} is not a golden program (a .py file not starting with '_')")
            found.add(root)
        elif root.is_dir():
            # A group folder holds programs; tests/golden (or any folder above groups) holds groups.
            groups = [root] if any(is_program(p) for p in root.iterdir()) else sorted(
                d for d in root.iterdir() if d.is_dir())
            for g in groups:
                found.update(p for p in g.iterdir() if is_program(p))
        else:
            sys.exit(f"gen_golden: {root}: no such file or folder")
    return sorted(found)


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(ENV_VARS)
    return env


def split_lines(text):
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def json_str(s):
    out = json.dumps(s, ensure_ascii=False)
    try:
        out.encode("utf-8")
        return out
    except UnicodeEncodeError:  # lone surrogates (undecodable output bytes): escape them
        return json.dumps(s, ensure_ascii=True)


def render(exit_code, stdout, stderr):
    def block(name, text, last):
        lines = split_lines(text)
        if not lines:
            return f' "{name}": []' + ("" if last else ",") + "\n"
        body = ",\n".join("  " + json_str(line) for line in lines)
        return f' "{name}": [\n{body}\n ]' + ("" if last else ",") + "\n"
    return "{\n" + f' "exit": {exit_code},\n' + block("stdout", stdout, False) + block("stderr", stderr, True) + "}\n"


def run(program, python, env):
    folder = str(program.parent)
    try:
        p = subprocess.run([python, program.name], cwd=program.parent, env=env, input=b"",
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    decode = lambda b: b.decode("utf-8", "surrogateescape").replace(folder, "$DIR")
    # Killed by a signal (an uncaught KeyboardInterrupt re-raises SIGINT): the shell's status, 128 + signal.
    status = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return render(status, decode(p.stdout), decode(p.stderr))


def expected_path(program):
    return program.with_suffix(".expected")


def main():
    ap = argparse.ArgumentParser(description="Write tests/golden/**/<name>.expected from CPython 3.13.0.")
    ap.add_argument("--check", action="store_true", help="write nothing; report missing or stale files")
    ap.add_argument("-j", type=int, default=2, help="programs run at once (default 2)")
    ap.add_argument("paths", nargs="*", help="program files or folders (default: tests/golden)")
    opts = ap.parse_args()
    if sys.version_info[:3] != (3, 13, 0):
        print(f"gen_golden: warning: running on Python {sys.version.split()[0]}, the oracle is 3.13.0",
              file=sys.stderr)
    programs = find_programs(opts.paths)
    env = child_env()
    with ThreadPoolExecutor(max_workers=max(1, opts.j)) as pool:
        results = list(pool.map(lambda p: run(p, sys.executable, env), programs))
    problems = written = 0
    for program, text in zip(programs, results):
        rel = program.relative_to(REPO) if program.is_relative_to(REPO) else program
        if text is None:
            print(f"{rel}: timed out after {TIMEOUT} s (golden programs must be fast)")
            problems += 1
            continue
        exp = expected_path(program)
        old = exp.read_text(encoding="utf-8") if exp.exists() else None
        if old == text:
            continue
        if opts.check:
            print(f"{rel}: {'missing' if old is None else 'stale'} {exp.name}")
            problems += 1
        else:
            exp.write_text(text, encoding="utf-8")
            written += 1
    if not opts.paths or opts.check:
        # Orphans: .expected files whose program is gone (only meaningful for whole folders).
        folders = {p.parent for p in programs}
        for folder in sorted(folders):
            for exp in sorted(folder.glob("*.expected")):
                if not is_program(exp.with_suffix(".py")):
                    print(f"{exp.relative_to(REPO)}: no program beside it (delete it)")
                    problems += 1
    if opts.check:
        print(f"gen_golden: {len(programs)} programs, {problems} problems")
    else:
        print(f"gen_golden: {len(programs)} programs, {written} expected files written")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
