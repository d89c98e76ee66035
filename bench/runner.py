"""Kaa's interpreter benchmarks: run every program in bench/programs/ under Kaa and CPython 3.13 side by
side, in one run, and print a Markdown table (also saved to bench/results/interp-<date>.md).

Run it through bench/run.sh, which finds CPython 3.13 and runs this file with it:

    bench/run.sh [--quick] [--kaa-cmd CMD] [--iterations N] [names...]

Per program it measures, interleaving Kaa and CPython runs because the machine is noisy:

- steady state: `prog.py --steady N` runs the workload N times in one process and prints `iter <i> <s>`
  per iteration; the figure is the median of the last half of the iterations (warmed up);
- whole process: wall time of `prog.py` (one workload, start-up included), best of several runs;
- peak RSS: ru_maxrss of the whole-process runs (os.wait4 on the child; KiB on Linux);
- correctness: Kaa's stdout must equal CPython's (whole-process and steady runs), else FAILED.

and once: the start-up time of a hello-world (`print("hello")`, median of several runs) and its RSS.
Ratios are CPython/Kaa for times (> 1 means Kaa is faster) and Kaa/CPython for memory.
"""
import argparse
import datetime
import math
import os
import platform
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
KAA_HOME = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
RESULTS_DIR = os.path.join(BENCH_DIR, "results")


class Run:
    """The outcome of one child process."""

    def __init__(self, wall, rss_kib, exit_code, stdout, stderr, timed_out):
        self.wall = wall
        self.rss_kib = rss_kib
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.exit_code == 0 and not self.timed_out

    def problem(self):
        """A one-line description of why the run failed."""
        if self.timed_out:
            return "timed out"
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        last = lines[-1].strip() if lines else ""
        return f"exit {self.exit_code}" + (f": {last[:160]}" if last else "")


def run_process(argv, timeout, cwd):
    """Runs argv to completion; returns its wall time, peak RSS (from wait4) and output.

    The output goes to temporary files rather than pipes so that we can reap the child ourselves with
    os.wait4 (subprocess would reap it first and the rusage would be lost)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd,
                                start_new_session=True)
        timed_out = []

        def kill():
            timed_out.append(True)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, rusage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return Run(wall, rusage.ru_maxrss, proc.returncode, stdout, stderr, bool(timed_out))


def run_measured(argv, timeout, cwd):
    """run_process, but a run during which the ./kaa launcher rebuilt Kaa (a source changed meanwhile, as
    happens when others edit the same tree) is not a measurement: run it again."""
    r = run_process(argv, timeout, cwd)
    if "kaa: building" in r.stderr:
        log("runner: the launcher rebuilt Kaa during a measurement; running it again")
        r = run_process(argv, timeout, cwd)
    return r


def median(values):
    s = sorted(values)
    n = len(s)
    if n == 0:
        return math.nan
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def geomean(values):
    values = [v for v in values if v is not None and v > 0 and math.isfinite(v)]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def parse_steady(stdout):
    """Splits a --steady run's output into the iteration times and the remaining (result) lines."""
    times = []
    rest = []
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "iter":
            try:
                times.append(float(parts[2]))
                continue
            except ValueError:
                pass
        rest.append(line)
    return times, "\n".join(rest)


def steady_time(times):
    """The median of the last half of the iterations (the first half is warm-up)."""
    if not times:
        return None
    return median(times[len(times) // 2:])


def first_difference(expected, actual):
    e = expected.splitlines()
    a = actual.splitlines()
    for i in range(max(len(e), len(a))):
        el = e[i] if i < len(e) else "<missing>"
        al = a[i] if i < len(a) else "<missing>"
        if el != al:
            return f"line {i + 1}: CPython {el[:80]!r}, Kaa {al[:80]!r}"
    return "outputs differ"


def fmt_time(seconds):
    if seconds is None or not math.isfinite(seconds):
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def fmt_ratio(r):
    return "—" if r is None else f"{r:.2f}x"


def fmt_mib(kib):
    return "—" if kib is None else f"{kib / 1024:.0f} MB"


def ratio(num, den):
    if num is None or den is None or den <= 0 or num <= 0:
        return None
    return num / den


class Side:
    """One implementation under test: Kaa or CPython."""

    def __init__(self, name, argv):
        self.name = name
        self.argv = argv

    def command(self, *args):
        return self.argv + list(args)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def measure_hello(kaa, cpy, runs, tmpdir, timeout):
    path = os.path.join(tmpdir, "hello.py")
    with open(path, "w") as f:
        f.write('print("hello")\n')
    results = {kaa.name: [], cpy.name: []}
    for i in range(runs):
        pair = (kaa, cpy) if i % 2 == 0 else (cpy, kaa)
        for side in pair:
            results[side.name].append(run_measured(side.command(path), timeout, tmpdir))
    row = {}
    for side in (kaa, cpy):
        runs_ = results[side.name]
        bad = [r for r in runs_ if not r.ok or r.stdout != "hello\n"]
        row[side.name] = {
            "time": median([r.wall for r in runs_]),
            "rss": max(r.rss_kib for r in runs_),
            "error": (bad[0].problem() if not bad[0].ok else f"printed {bad[0].stdout[:40]!r}") if bad else None,
        }
    return row


def measure_program(name, kaa, cpy, args, flip):
    path = os.path.join(PROGRAMS_DIR, name + ".py")
    sides = (cpy, kaa) if flip else (kaa, cpy)
    proc = {kaa.name: [], cpy.name: []}
    for _ in range(args.process_runs):
        for side in sides:
            proc[side.name].append(run_measured(side.command(path), args.timeout, PROGRAMS_DIR))
    steady = {}
    planned = {}
    for side in sides:
        good = [r.wall for r in proc[side.name] if r.ok]
        if not good:
            # It cannot run the program once; do not wait for it N times.
            steady[side.name] = proc[side.name][0]
            planned[side.name] = args.iterations
            continue
        # A side that is very slow gets fewer iterations (at least 2) so one run stays within budget.
        n = max(2, min(args.iterations, int(args.steady_budget / min(good))))
        planned[side.name] = n
        steady[side.name] = run_measured(side.command(path, "--steady", str(n)),
                                        args.timeout * n, PROGRAMS_DIR)

    row = {"name": name, "error": None}
    ref = proc[cpy.name][0]
    if not ref.ok:
        row["error"] = f"CPython failed: {ref.problem()}"
    expected = ref.stdout
    for side in (kaa, cpy):
        runs_ = proc[side.name]
        good = [r for r in runs_ if r.ok]
        st = steady[side.name]
        times, result = parse_steady(st.stdout)
        row[side.name] = {
            "process": min(r.wall for r in good) if good else None,
            "rss": max(r.rss_kib for r in runs_),
            "steady": steady_time(times) if st.ok else None,
            "iters": times,
            "steady_rss": st.rss_kib,
        }
        if row["error"] is not None:
            continue
        # Correctness: every run must print what CPython's first run printed.
        who = "Kaa" if side is kaa else "CPython"
        for r in runs_:
            if not r.ok:
                row["error"] = f"{who} failed: {r.problem()}"
                break
            if r.stdout != expected:
                row["error"] = f"{who} output differs: {first_difference(expected, r.stdout)}"
                break
        if row["error"] is None:
            if not st.ok:
                row["error"] = f"{who} --steady failed: {st.problem()}"
            elif result + "\n" != expected:
                row["error"] = f"{who} --steady result differs: {first_difference(expected, result + chr(10))}"
            elif len(times) != planned[side.name]:
                row["error"] = f"{who} --steady printed {len(times)} of {planned[side.name]} iterations"
    return row


def version_of(side, tmpdir):
    r = run_process(side.command("-c", "import sys; print(sys.version.split()[0])"), 120, tmpdir)
    return r.stdout.strip() if r.ok else "?"


def find_jfr():
    """The jfr tool of the JDK that runs Kaa (run.sh exports JAVA_HOME), else one on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and os.access(os.path.join(home, "bin", "jfr"), os.X_OK):
        return os.path.join(home, "bin", "jfr")
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if d and os.access(os.path.join(d, "jfr"), os.X_OK):
            return os.path.join(d, "jfr")
    return None


def sample_time(stamp):
    """Seconds since midnight of an ISO-8601 JFR time stamp (enough to compare times within one run)."""
    clock = stamp.split("T", 1)[1].rstrip("Z")
    h, m, sec = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(sec)


def hot_methods(jfr, recording, top, steady_seconds):
    """Aggregates a JFR recording's execution samples: (samples, [(share, method)], [(share, line)]).
    Only the samples of the last steady_seconds of the run count (the warmed iterations), when given."""
    import collections
    import json
    r = subprocess.run([jfr, "print", "--json", "--events", "jdk.ExecutionSample", recording],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip() or "jfr print failed")
    methods = collections.Counter()
    lines = collections.Counter()
    events = json.loads(r.stdout)["recording"]["events"]
    cutoff = None
    if steady_seconds and events:
        cutoff = max(sample_time(e["values"]["startTime"]) for e in events) - steady_seconds
    n = 0
    for event in events:
        frames = event["values"]["stackTrace"]["frames"]
        if not frames or (cutoff is not None and sample_time(event["values"]["startTime"]) < cutoff):
            continue
        n += 1
        m = frames[0]["method"]
        name = m["type"]["name"].replace("/", ".").removeprefix("dev.kaa.runtime.") + "." + m["name"]
        methods[name] += 1
        caller = ""
        if len(frames) > 1:
            c = frames[1]["method"]
            caller = f" <- {c['type']['name'].rsplit('/', 1)[-1]}.{c['name']}:{frames[1]['lineNumber']}"
        lines[f"{name}:{frames[0]['lineNumber']}{caller}"] += 1
    share = lambda counter: [(100 * v / n, k) for k, v in counter.most_common(top)] if n else []
    return n, share(methods), share(lines)


def profile(args, kaa, names):
    """--profile: runs each program's steady mode under Kaa with Java Flight Recorder and prints the
    hottest Java methods (self time) and source lines, for finding what to optimize."""
    jfr = find_jfr()
    if jfr is None:
        log("runner: --profile needs the JDK's jfr tool (set JAVA_HOME)")
        return 1
    out = [f"# Kaa profile: hottest Java methods, {datetime.datetime.now():%Y-%m-%d %H:%M}", "",
           f"`{args.kaa_cmd} prog.py --steady {args.iterations}` under JFR (settings=profile, "
           f"DebugNonSafepoints), counting the samples of the last half of the iterations (warmed up); "
           f"self time = share of those samples with the method on top of the stack.", ""]
    with tempfile.TemporaryDirectory(prefix="kaa-profile-") as tmpdir:
        for name in names:
            log(f"runner: profiling {name}...")
            recording = os.path.join(tmpdir, name + ".jfr")
            env = dict(os.environ)
            env["JAVA_TOOL_OPTIONS"] = (env.get("JAVA_TOOL_OPTIONS", "") + " -XX:+UnlockDiagnosticVMOptions "
                                        "-XX:+DebugNonSafepoints -XX:StartFlightRecording="
                                        f"filename={recording},settings=profile").strip()
            path = os.path.join(PROGRAMS_DIR, name + ".py")
            proc = subprocess.run(kaa.command(path, "--steady", str(args.iterations)), env=env,
                                  capture_output=True, text=True, cwd=PROGRAMS_DIR,
                                  timeout=args.timeout * args.iterations)
            times, _ = parse_steady(proc.stdout)
            out.append(f"## {name}")
            out.append("")
            if proc.returncode != 0 or not os.path.exists(recording):
                last = proc.stderr.strip().splitlines()[-1:] or [""]
                out += [f"FAILED: exit {proc.returncode} {last[0][:160]}", ""]
                continue
            warm = times[len(times) // 2:]
            n, methods, hot_lines = hot_methods(jfr, recording, args.top, sum(warm))
            out.append(f"iterations: {' '.join(f'{t:.3f}' for t in times)}; {n} samples from the last "
                       f"{len(warm)} iterations")
            out.append("")
            out += [f"    {pct:5.1f}%  {m}" for pct, m in methods]
            out.append("")
            out.append("hottest lines (method:line <- caller:line):")
            out.append("")
            out += [f"    {pct:5.1f}%  {m}" for pct, m in hot_lines]
            out.append("")
    report = "\n".join(out)
    print(report)
    if not args.no_save:
        save(report, "profile")
    return 0


def save(report, kind):
    os.makedirs(RESULTS_DIR, exist_ok=True)
    out = os.path.join(RESULTS_DIR, f"{kind}-{datetime.datetime.now():%Y%m%d-%H%M%S}.md")
    with open(out, "w") as f:
        f.write(report + "\n")
    log(f"runner: saved {os.path.relpath(out, KAA_HOME)}")


def main():
    parser = argparse.ArgumentParser(description="Kaa vs CPython 3.13 interpreter benchmarks")
    parser.add_argument("names", nargs="*", help="programs to run (default: all in bench/programs)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer runs (4 steady iterations, 1 whole-process run, 3 hello runs)")
    parser.add_argument("--kaa-cmd", default=os.path.join(KAA_HOME, "kaa"),
                        help="command running Kaa (shell-split; default: the ./kaa launcher)")
    parser.add_argument("--cpython", default=sys.executable, help="CPython 3.13 (default: this interpreter)")
    parser.add_argument("--iterations", type=int, help="steady-state iterations (default 10, quick 4)")
    parser.add_argument("--process-runs", type=int, help="whole-process runs, best taken (default 3, quick 1)")
    parser.add_argument("--hello-runs", type=int, help="hello-world runs, median taken (default 10, quick 3)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per workload before giving up")
    parser.add_argument("--steady-budget", type=float, default=150,
                        help="seconds a steady run should take at most; slower sides run fewer iterations")
    parser.add_argument("--no-save", action="store_true", help="do not write bench/results/interp-<date>.md")
    parser.add_argument("--list", action="store_true", help="list the programs and exit")
    parser.add_argument("--profile", action="store_true",
                        help="instead of comparing, profile Kaa on each program with JFR and print the hottest methods")
    parser.add_argument("--top", type=int, default=15, help="with --profile: how many methods and lines to show")
    args = parser.parse_args()
    if args.iterations is None:
        args.iterations = 4 if args.quick else 10
    if args.process_runs is None:
        args.process_runs = 1 if args.quick else 3
    if args.hello_runs is None:
        args.hello_runs = 3 if args.quick else 10
    if args.iterations < 2 or args.process_runs < 1 or args.hello_runs < 1:
        parser.error("--iterations must be at least 2, --process-runs and --hello-runs at least 1")

    available = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py") and not f.startswith("_"))
    if args.list:
        print("\n".join(available))
        return 0
    names = args.names or available
    unknown = [n for n in names if n not in available]
    if unknown:
        parser.error(f"unknown program(s): {', '.join(unknown)} (available: {', '.join(available)})")

    kaa = Side("kaa", shlex.split(args.kaa_cmd))
    cpy = Side("cpython", [args.cpython])
    if args.profile:
        return profile(args, kaa, names)
    started = datetime.datetime.now()
    load = os.getloadavg()

    with tempfile.TemporaryDirectory(prefix="kaa-bench-") as tmpdir:
        # The launcher builds Kaa on first use: do that outside the measurements.
        log("runner: warming up (the launcher may build Kaa first)...")
        warm = run_process(kaa.command("-c", "pass"), 1800, tmpdir)
        if not warm.ok:
            log(f"runner: warning: `{args.kaa_cmd} -c pass` failed ({warm.problem()})")
        kaa_version = version_of(kaa, tmpdir)
        cpy_version = version_of(cpy, tmpdir)
        log(f"runner: hello-world start-up, {args.hello_runs} runs each...")
        hello = measure_hello(kaa, cpy, args.hello_runs, tmpdir, args.timeout)
        rows = []
        for i, name in enumerate(names):
            log(f"runner: {name} ({i + 1}/{len(names)})...")
            row = measure_program(name, kaa, cpy, args, flip=i % 2 == 1)
            rows.append(row)
            k, c = row["kaa"], row["cpython"]
            log(f"runner:   steady {fmt_time(k['steady'])} vs {fmt_time(c['steady'])}, "
                f"process {fmt_time(k['process'])} vs {fmt_time(c['process'])}"
                + (f"  FAILED: {row['error']}" if row["error"] else ""))
    load_end = os.getloadavg()

    report = render(args, rows, hello, started, load, load_end, kaa_version, cpy_version)
    print(report)
    if not args.no_save:
        save(report, "interp")
    return 1 if any(r["error"] for r in rows) else 0


def render(args, rows, hello, started, load, load_end, kaa_version, cpy_version):
    lines = [f"# Kaa vs CPython: interpreter benchmarks, {started:%Y-%m-%d %H:%M}", ""]
    lines.append(f"- Kaa: `{args.kaa_cmd}` (reports Python {kaa_version}); CPython: `{args.cpython}` ({cpy_version})")
    lines.append(f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, load average "
                 f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} at start, {load_end[0]:.2f} at end")
    lines.append(f"- steady state: median of the last {args.iterations - args.iterations // 2} of "
                 f"{args.iterations} in-process iterations; whole process: best of {args.process_runs}; "
                 f"peak RSS: max over the whole-process runs")
    lines.append("- ratios: CPython/Kaa for times (> 1 = Kaa faster), Kaa/CPython for RSS")
    lines.append("")
    lines.append("| benchmark | steady Kaa | steady CPython | ratio | process Kaa | process CPython | ratio "
                 "| RSS Kaa | RSS CPython | RSS ratio | status |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    steady_ratios, process_ratios, rss_ratios = [], [], []
    for row in rows:
        k, c = row["kaa"], row["cpython"]
        ok = row["error"] is None
        sr = ratio(c["steady"], k["steady"]) if ok else None
        pr = ratio(c["process"], k["process"]) if ok else None
        rr = ratio(k["rss"], c["rss"]) if ok else None
        if ok:
            steady_ratios.append(sr)
            process_ratios.append(pr)
            rss_ratios.append(rr)
        status = "ok" if ok else "FAILED: " + row["error"].replace("|", "\\|")
        lines.append(f"| {row['name']} | {fmt_time(k['steady'])} | {fmt_time(c['steady'])} | {fmt_ratio(sr)} "
                     f"| {fmt_time(k['process'])} | {fmt_time(c['process'])} | {fmt_ratio(pr)} "
                     f"| {fmt_mib(k['rss'])} | {fmt_mib(c['rss'])} | {fmt_ratio(rr)} | {status} |")
    passed = len(steady_ratios)
    lines.append(f"| **geomean** ({passed} of {len(rows)} ok) | | | **{fmt_ratio(geomean(steady_ratios))}** "
                 f"| | | **{fmt_ratio(geomean(process_ratios))}** | | | {fmt_ratio(geomean(rss_ratios))} | |")
    lines.append("")
    hk, hc = hello["kaa"], hello["cpython"]
    lines.append(f"Hello-world start-up (`print(\"hello\")`, median of {args.hello_runs}): "
                 f"Kaa {fmt_time(hk['time'])}, CPython {fmt_time(hc['time'])}, "
                 f"ratio {fmt_ratio(ratio(hc['time'], hk['time']))}; peak RSS Kaa {fmt_mib(hk['rss'])}, "
                 f"CPython {fmt_mib(hc['rss'])}"
                 + (f". Kaa FAILED: {hk['error']}" if hk["error"] else "")
                 + (f". CPython FAILED: {hc['error']}" if hc["error"] else ""))
    lines.append("")
    lines.append("Steady-state iterations (seconds, in order; warm-up first):")
    lines.append("")
    for row in rows:
        for side in ("kaa", "cpython"):
            its = row[side]["iters"]
            lines.append(f"- {row['name']} {side}: " + (" ".join(f"{t:.3f}" for t in its) if its else "—")
                         + f" (RSS {fmt_mib(row[side]['steady_rss'])})")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
