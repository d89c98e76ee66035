#!/usr/bin/env bash
# frontend.sh [options] — the front-end benchmark: Kaa's tokenizer+parser over all of CPython 3.13's Lib/
# against CPython 3.13's compile(src, path, 'exec', ast.PyCF_ONLY_AST) on the same files in the same run,
# both warmed (5 rounds) then measured (10 rounds) on one thread. Prints MB/s of both, the ratio and the
# peak RSS of each process; the report is also saved in bench/results/.
#
#   bench/frontend.sh                      # options: --warmup N --rounds N --no-cpython
#
# JVM options: KAA_BENCH_JAVA_OPTS (default: -Xss16m, the CLI's stack size, and -Xmx4g).
set -euo pipefail
KAA_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$KAA_HOME/tools/jdk.sh"
kaa_find_jdk || exit 1
if [[ -z "${KAA_CPYTHON:-}" ]]; then
  KAA_CPYTHON="$(kaa_find_cpython || true)"
fi
if [[ -z "$KAA_CPYTHON" ]]; then
  echo "frontend.sh: CPython 3.13 not found; install it or set KAA_CPYTHON" >&2
  exit 1
fi
export KAA_CPYTHON
export KAA_STDLIB="${KAA_STDLIB:-$(kaa_find_stdlib)}"

cd "$KAA_HOME"
echo "frontend.sh: building the compiler and bench modules..." >&2
mvn -q -o -B -pl compiler,bench -DskipTests package >/dev/null 2>&1 \
  || mvn -q -B -pl compiler,bench -DskipTests package
exec "$KAA_JAVA" ${KAA_BENCH_JAVA_OPTS:--Xss16m -Xmx4g} \
  -cp "$KAA_HOME/bench/target/classes:$KAA_HOME/compiler/target/classes" \
  dev.kaa.bench.FrontendBench --script "$KAA_HOME/bench/frontend_cpython.py" "$@"
