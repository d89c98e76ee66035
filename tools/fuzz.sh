#!/usr/bin/env bash
# fuzz.sh N [options] — the long fuzzing run: N mutants of CPython's Lib files, parsed by Kaa and compared
# with CPython 3.13 (see compiler/src/test/java/dev/kaa/compiler/oracle/FuzzMain.java). Prints inputs,
# Java exceptions, inputs over 2 s, agreement on error-or-not and on the full error line.
#
#   tools/fuzz.sh 100000                 # the issue's run
#   tools/fuzz.sh 5000 --seed 7          # other options: --first I --batch B --threads T --no-cpython
#
# The JVM gets the CLI's thread stack size (-Xss16m), so deep inputs are tested as `kaa` meets them;
# override with KAA_FUZZ_JAVA_OPTS.
set -euo pipefail
KAA_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$KAA_HOME/tools/jdk.sh"
kaa_find_jdk || exit 1
if [[ $# -lt 1 ]]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
if [[ -z "${KAA_CPYTHON:-}" ]]; then
  KAA_CPYTHON="$(kaa_find_cpython || true)"
fi
[[ -n "$KAA_CPYTHON" ]] && export KAA_CPYTHON
[[ -z "${KAA_STDLIB:-}" ]] && KAA_STDLIB="$(kaa_find_stdlib || true)"
export KAA_STDLIB

cd "$KAA_HOME"
echo "fuzz.sh: compiling the compiler module and its tests..." >&2
mvn -q -o -B -pl compiler test-compile >/dev/null 2>&1 || mvn -q -B -pl compiler test-compile
exec "$KAA_JAVA" ${KAA_FUZZ_JAVA_OPTS:--Xss16m -Xmx4g} \
  -cp "$KAA_HOME/compiler/target/classes:$KAA_HOME/compiler/target/test-classes" \
  dev.kaa.compiler.oracle.FuzzMain "$@"
