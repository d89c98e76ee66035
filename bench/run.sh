#!/usr/bin/env bash
# run.sh [--quick] [--kaa-cmd CMD] [names...] — Kaa's interpreter benchmarks: every program in
# bench/programs/ under Kaa (./kaa) and CPython 3.13 side by side in one run; prints a Markdown table of
# steady-state and whole-process times, peak RSS and hello-world start-up, and saves it in bench/results/.
# CPython 3.13 is found as for ./run-tests (KAA_CPYTHON overrides). `bench/run.sh --help` lists the options.
set -euo pipefail
KAA_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$KAA_HOME/tools/jdk.sh"
kaa_find_jdk >/dev/null 2>&1 || true   # JAVA_HOME for --profile (jfr); ./kaa finds its own JDK
if [[ -z "${KAA_CPYTHON:-}" ]]; then
  KAA_CPYTHON="$(kaa_find_cpython || true)"
fi
if [[ -z "$KAA_CPYTHON" ]]; then
  echo "run.sh: CPython 3.13 not found; install it or set KAA_CPYTHON" >&2
  exit 1
fi
export KAA_CPYTHON
exec "$KAA_CPYTHON" "$KAA_HOME/bench/runner.py" --cpython "$KAA_CPYTHON" "$@"
