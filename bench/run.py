#!/usr/bin/env python3
"""Benchmark gilpy against CPython on the programs in bench/programs/.

For every program: one warm-up run of each interpreter (this run also checks
the output and, when GNU time is available at /usr/bin/time, measures peak
RSS), then N alternating timed runs (gilpy, python, gilpy, python, ...).

A program passes when gilpy exits 0 and its stdout equals CPython's on every
run.  Failures are reported in the table and never abort the run.  Timings
are only reported, never asserted: the exit status is 0 whatever the ratios
are, and 1 only on usage errors (bad option, unknown program, missing
interpreter).

Run `python3 bench/run.py --help` for the options.
"""

import argparse
import datetime
import math
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
RESULTS_PATH = os.path.join(BENCH_DIR, "RESULTS.md")
GNU_TIME = "/usr/bin/time"

# Preferred order; any other bench/programs/*.py is appended alphabetically.
PROGRAM_ORDER = [
    "startup",
    "lecture_loop",
    "recursion",
    "float_nbody",
    "nested_calls",
    "list_ops",
    "dict_heavy",
    "str_heavy",
    "formatting",
    "comprehensions",
    "bigint",
    "closures_sort",
    "exceptions_loop",
    "classes_attr",
    "operator_overload",
    "threads_one",
    "threads_four",
    "thread_handover",
    "hash_threads",
]

# Programs that need user-defined classes (class statement, __init__,
# attribute access on instances, dunder methods).  If gilpy fails one of
# these the row is reported as SKIP rather than FAIL; --no-classes leaves
# them out altogether.  Every other program uses no class statement.
NEEDS_CLASSES = {"classes_attr", "operator_overload"}


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write("%s: error: %s\n" % (self.prog, message))
        sys.exit(1)


def default_python():
    try:
        out = subprocess.run(["pyenv", "which", "python3"], capture_output=True,
                             text=True, timeout=30)
        path = out.stdout.strip()
        if out.returncode == 0 and path and os.access(path, os.X_OK):
            return path
    except (OSError, subprocess.SubprocessError):
        pass
    return sys.executable


def parse_args(argv):
    p = Parser(prog="bench/run.py",
               description="Time gilpy against CPython on bench/programs/*.py.")
    p.add_argument("--gilpy", default=None,
                   help="gilpy binary (default: target/release/gilpy in the repo root)")
    p.add_argument("--python", default=None,
                   help="CPython binary (default: `pyenv which python3`, else this interpreter)")
    p.add_argument("--runs", type=int, default=5,
                   help="timed runs per interpreter per program (default 5)")
    p.add_argument("--only", nargs="+", metavar="NAME",
                   help="run only these programs (names with or without .py)")
    p.add_argument("--no-classes", action="store_true",
                   help="leave out the programs that need classes: " + ", ".join(sorted(NEEDS_CLASSES)))
    p.add_argument("--timeout", type=float, default=120.0,
                   help="seconds before a single run is killed and counted as a failure (default 120)")
    p.add_argument("--write", action="store_true",
                   help="write bench/RESULTS.md")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be at least 1")
    if args.timeout <= 0:
        p.error("--timeout must be positive")
    return p, args


def discover_programs():
    found = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    ordered = [n for n in PROGRAM_ORDER if n in found]
    return ordered + [n for n in found if n not in ordered]


def resolve_binary(path, what):
    if os.sep not in path:
        found = shutil.which(path)
        if found:
            return found
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise UsageError("%s binary not found or not executable: %s" % (what, path))
    return os.path.abspath(path)


def error_line(stderr):
    """First line of stderr; for a Python traceback the last line is the useful one."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    if not lines:
        return ""
    if lines[0].startswith("Traceback (most recent call last)"):
        return lines[-1]
    return lines[0]


def clip(s, n=100):
    s = s.replace("|", "\\|")
    return s if len(s) <= n else s[: n - 3] + "..."


class Outcome:
    def __init__(self, ok, seconds, stdout, stderr, returncode, note="", rss_kib=None):
        self.ok = ok
        self.seconds = seconds
        self.stdout = stdout
        self.stderr = stderr
        self.returncode = returncode
        self.note = note
        self.rss_kib = rss_kib


def run_once(interp, program, timeout, measure_rss=False):
    cmd = [interp, program]
    rss_file = None
    if measure_rss:
        fd, rss_file = tempfile.mkstemp(prefix="gilpy-bench-rss-")
        os.close(fd)
        cmd = [GNU_TIME, "-f", "%M", "-o", rss_file] + cmd
    try:
        t0 = time.perf_counter()
        try:
            # Equivalent to subprocess.run(..., timeout=...), but in its own
            # session so that a timeout kills any grandchildren too.
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, cwd=REPO_ROOT,
                                    start_new_session=True)
        except OSError as e:
            return Outcome(False, 0.0, "", str(e), None, "could not start: %s" % e)
        try:
            raw_out, raw_err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                proc.kill()
            raw_out, raw_err = proc.communicate()
            return Outcome(False, time.perf_counter() - t0,
                           raw_out.decode("utf-8", "replace"), raw_err.decode("utf-8", "replace"),
                           None, "timeout after %gs" % timeout)
        elapsed = time.perf_counter() - t0
        out = raw_out.decode("utf-8", "replace")
        err = raw_err.decode("utf-8", "replace")
        rss = None
        if rss_file:
            try:
                with open(rss_file) as f:
                    tail = [ln.strip() for ln in f if ln.strip()]
                if tail and tail[-1].isdigit():
                    rss = int(tail[-1])
            except OSError:
                pass
        if proc.returncode != 0:
            line = error_line(err) or "(no stderr)"
            return Outcome(False, elapsed, out, err, proc.returncode,
                           "exit %d: %s" % (proc.returncode, line), rss)
        return Outcome(True, elapsed, out, err, 0, "", rss)
    finally:
        if rss_file:
            try:
                os.unlink(rss_file)
            except OSError:
                pass


def mismatch_note(expected, got, stderr):
    exp_lines = expected.splitlines() or [""]
    got_lines = got.splitlines() or [""]
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        if e != g:
            break
    else:
        e, g = repr(expected[-20:]), repr(got[-20:])
    note = "stdout differs: expected %r, got %r" % (clip(e, 60), clip(g, 60))
    line = error_line(stderr)
    if line:
        note += "; stderr: " + line
    return note


def bench_program(name, gilpy, python, runs, timeout, measure_rss):
    path = os.path.join(PROGRAMS_DIR, name + ".py")
    row = {"name": name, "status": "PASS", "note": "", "g_times": [], "c_times": [],
           "g_rss": None, "c_rss": None}

    # Warm-up (also the correctness check and the memory measurement).
    cw = run_once(python, path, timeout, measure_rss)
    gw = run_once(gilpy, path, timeout, measure_rss)
    row["c_rss"], row["g_rss"] = cw.rss_kib, gw.rss_kib
    if not cw.ok:
        row["status"] = "FAIL"
        row["note"] = "CPython itself failed: " + cw.note
        return row
    expected = cw.stdout
    gilpy_ok = gw.ok and gw.stdout == expected
    if not gw.ok:
        row["status"], row["note"] = "FAIL", gw.note
    elif gw.stdout != expected:
        row["status"], row["note"] = "FAIL", mismatch_note(expected, gw.stdout, gw.stderr)

    for _ in range(runs):
        if gilpy_ok:
            g = run_once(gilpy, path, timeout)
            if not g.ok or g.stdout != expected:
                gilpy_ok = False
                row["status"] = "FAIL"
                row["note"] = g.note if not g.ok else mismatch_note(expected, g.stdout, g.stderr)
                row["g_times"] = []
            else:
                row["g_times"].append(g.seconds)
        c = run_once(python, path, timeout)
        if c.ok and c.stdout == expected:
            row["c_times"].append(c.seconds)
        elif row["status"] == "PASS":
            row["status"] = "FAIL"
            row["note"] = "CPython run failed: " + (c.note or "stdout changed between runs")

    if row["status"] == "FAIL" and name in NEEDS_CLASSES and not gilpy_ok:
        row["status"] = "SKIP"
        row["note"] = "needs classes; " + row["note"]
    return row


def fmt_s(times):
    return "%.3f" % statistics.median(times) if times else "-"


def fmt_mib(kib):
    return "%.1f" % (kib / 1024.0) if kib is not None else "-"


def ratio_of(row):
    if row["status"] == "PASS" and row["g_times"] and row["c_times"]:
        c = statistics.median(row["c_times"])
        if c > 0:
            return statistics.median(row["g_times"]) / c
    return None


def make_table(rows, with_rss):
    head = ["Program", "gilpy median (s)", "CPython median (s)", "gilpy/CPython"]
    if with_rss:
        head += ["gilpy max RSS (MiB)", "CPython max RSS (MiB)"]
    head += ["Status"]
    lines = ["| " + " | ".join(head) + " |",
             "|" + "|".join(["---"] + ["---:"] * (len(head) - 2) + ["---"]) + "|"]
    for r in rows:
        ratio = ratio_of(r)
        name = r["name"] + (" (classes)" if r["name"] in NEEDS_CLASSES else "")
        cells = [name, fmt_s(r["g_times"]), fmt_s(r["c_times"]),
                 "%.2fx" % ratio if ratio is not None else "-"]
        if with_rss:
            cells += [fmt_mib(r["g_rss"]), fmt_mib(r["c_rss"])]
        status = r["status"] + (": " + clip(r["note"]) if r["note"] else "")
        cells.append(status)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def geomean_line(rows):
    ratios = [x for x in (ratio_of(r) for r in rows) if x is not None]
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in ("PASS", "FAIL", "SKIP")}
    summary = "%d passed, %d failed, %d skipped" % (counts["PASS"], counts["FAIL"], counts["SKIP"])
    if not ratios:
        return "Geometric mean of gilpy/CPython: - (no passing programs); " + summary
    gm = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
    return ("Geometric mean of gilpy/CPython over %d passing programs: %.2fx; %s"
            % (len(ratios), gm, summary))


def thread_ratio_line(rows):
    """threads_four / threads_one for each interpreter: what the GIL costs 4-way work."""
    by = {r["name"]: r for r in rows}
    one, four = by.get("threads_one"), by.get("threads_four")
    if not (one and four and ratio_of(one) is not None and ratio_of(four) is not None):
        return None
    g = statistics.median(four["g_times"]) / statistics.median(one["g_times"])
    c = statistics.median(four["c_times"]) / statistics.median(one["c_times"])
    return ("Four threads (a quarter of the loop each) / one thread (all of it): "
            "gilpy %.2f, CPython %.2f (gilpy's ratio is %+.1f%% from CPython's)"
            % (g, c, (g / c - 1) * 100))


def capture(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=30, cwd=REPO_ROOT,
                           stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    if p.returncode != 0:
        return None
    return (p.stdout.strip() or p.stderr.strip()) or None


def interp_version(path):
    v = capture([path, "--version"])
    return v.splitlines()[0] if v else "unknown (`--version` failed)"


def git_rev():
    rev = capture(["git", "rev-parse", "--short", "HEAD"]) or "unknown (no commit)"
    dirty = capture(["git", "status", "--porcelain", "--untracked-files=no"])
    return rev + (" (working tree has uncommitted changes)" if dirty else "")


def machine():
    model = None
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    nproc = capture(["nproc"]) or str(os.cpu_count())
    return "%s, nproc=%s, %s %s" % (model or platform.processor() or "unknown CPU", nproc,
                                    platform.system(), platform.release())


def display_path(path):
    rel = os.path.relpath(path, REPO_ROOT)
    return rel if not rel.startswith("..") else path


def repro_command(args, gilpy, python):
    cmd = ["python3", "bench/run.py", "--gilpy", display_path(gilpy), "--python", python,
           "--runs", str(args.runs)]
    if args.only:
        cmd += ["--only"] + list(args.only)
    if args.no_classes:
        cmd.append("--no-classes")
    if args.timeout != 120.0:
        cmd += ["--timeout", "%g" % args.timeout]
    cmd.append("--write")
    return shlex.join(cmd)


def write_results(args, gilpy, python, table, gm, with_rss):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "# gilpy benchmark results",
        "",
        "- Date: %s" % now,
        "- Commit: %s" % git_rev(),
        "- Machine: %s" % machine(),
        "- gilpy: `%s` (%s)" % (display_path(gilpy), interp_version(gilpy)),
        "- CPython: `%s` (%s)" % (python, interp_version(python)),
        "- Method: one warm-up run each, then %d alternating runs (gilpy, CPython, ...); "
        "wall-clock medians; gilpy's stdout must equal CPython's." % args.runs
        + (" Max RSS comes from the warm-up run via `/usr/bin/time -f %M`." if with_rss else ""),
        "",
        "Reproduce with (from the repository root):",
        "",
        "```",
        repro_command(args, gilpy, python),
        "```",
        "",
        table,
        "",
        gm,
        "",
    ]
    # the hand-written optimisation log below the table survives a rewrite
    log = ""
    if os.path.exists(RESULTS_PATH):
        with open(RESULTS_PATH) as f:
            old = f.read()
        i = old.find("## Optimisation log")
        if i >= 0:
            log = old[i:]
    with open(RESULTS_PATH, "w") as f:
        f.write("\n".join(parts))
        if log:
            f.write("\n" + log)


def main(argv=None):
    parser, args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        gilpy = resolve_binary(args.gilpy or os.path.join(REPO_ROOT, "target", "release", "gilpy"),
                               "gilpy")
        python = resolve_binary(args.python or default_python(), "CPython")
        available = discover_programs()
        if args.only:
            names = []
            for n in args.only:
                n = os.path.basename(n)
                n = n[:-3] if n.endswith(".py") else n
                if n not in available:
                    raise UsageError("unknown program %r (available: %s)" % (n, ", ".join(available)))
                if n not in names:
                    names.append(n)
        else:
            names = available
        if args.no_classes:
            names = [n for n in names if n not in NEEDS_CLASSES]
        if not names:
            raise UsageError("no programs to run")
    except UsageError as e:
        parser.print_usage(sys.stderr)
        sys.stderr.write("bench/run.py: error: %s\n" % e)
        return 1

    with_rss = os.path.isfile(GNU_TIME) and os.access(GNU_TIME, os.X_OK)
    print("gilpy:   %s" % gilpy)
    print("CPython: %s" % python)
    print("runs: %d per interpreter, alternating, after one warm-up each%s"
          % (args.runs, "" if with_rss else " (no /usr/bin/time: memory not measured)"))
    print()

    rows = []
    for name in names:
        sys.stdout.write("%-20s " % name)
        sys.stdout.flush()
        row = bench_program(name, gilpy, python, args.runs, args.timeout, with_rss)
        rows.append(row)
        ratio = ratio_of(row)
        print("gilpy %8s  cpython %8s  %s  %s" % (
            fmt_s(row["g_times"]) + "s" * bool(row["g_times"]),
            fmt_s(row["c_times"]) + "s" * bool(row["c_times"]),
            ("%6.2fx" % ratio) if ratio is not None else "     -",
            row["status"] + (": " + row["note"] if row["note"] else "")))

    table = make_table(rows, with_rss)
    gm = geomean_line(rows)
    tr = thread_ratio_line(rows)
    if tr:
        gm += "\n\n" + tr
    print()
    print(table)
    print()
    print(gm)
    if args.write:
        write_results(args, gilpy, python, table, gm, with_rss)
        print("wrote %s" % display_path(RESULTS_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main())
