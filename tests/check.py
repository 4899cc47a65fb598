#!/usr/bin/env python3
"""Run golden programs through a built gilpy and show how each differs from CPython's record.

Usage: python3 tests/check.py [--gilpy PATH] paths-or-areas...

A quick check while writing programs, without cargo: it runs each program as the cargo test
harness (crates/gilpy/tests/golden.rs) does (repo root as cwd, PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8, stdin from /dev/null), with PYTHONPATH pointing at
crates/gilpy_vm/lib so that library modules being edited are used before the built-in copies.
"""
import difflib
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def programs(args):
    for a in args:
        p = os.path.join(REPO, a) if not os.path.isabs(a) else a
        if os.path.isdir(p):
            for n in sorted(os.listdir(p)):
                if n.endswith(".py") and not n.startswith("_"):
                    yield os.path.join(p, n)
        elif os.path.isdir(os.path.join(REPO, "tests", "programs", a)):
            yield from programs([os.path.join("tests", "programs", a)])
        else:
            yield p


def read(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main():
    args = sys.argv[1:]
    gilpy = os.path.join(REPO, "target", "release", "gilpy")
    if args[:1] == ["--gilpy"]:
        gilpy, args = args[1], args[2:]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONPATH=os.path.join(REPO, "crates", "gilpy_vm", "lib"))
    failed = 0
    total = 0
    for prog in programs(args):
        total += 1
        rel = os.path.relpath(prog, REPO)
        base = prog[:-3]
        try:
            r = subprocess.run([gilpy, rel], cwd=REPO, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            print(f"FAIL {rel}: timed out")
            failed += 1
            continue
        out = r.stdout.decode("utf-8", "replace").replace(REPO + "/", "")
        err = r.stderr.decode("utf-8", "replace")
        want_out = read(base + ".out") or ""
        want_err = read(base + ".err") if r.returncode or os.path.exists(base + ".err") else None
        want_code = int((read(base + ".code") or "0").strip())
        problems = []
        if out != want_out:
            problems.append("stdout:\n" + "".join(difflib.unified_diff(want_out.splitlines(True), out.splitlines(True), "cpython", "gilpy")))
        if r.returncode != want_code:
            problems.append(f"exit status {r.returncode}, CPython {want_code}")
        # tracebacks name the script by its absolute path, as CPython 3.9+ does
        err = err.replace(REPO + "/", "")
        if want_err is not None:
            want_err = want_err.replace(REPO + "/", "")
        if want_err is not None and err != want_err:
            problems.append("stderr:\n" + "".join(difflib.unified_diff(want_err.splitlines(True), err.splitlines(True), "cpython", "gilpy")))
        elif want_err is None and r.returncode != want_code and err:
            problems.append("stderr:\n" + err[-2000:])
        if problems:
            failed += 1
            print(f"FAIL {rel}\n" + "\n".join(problems))
    print(f"{total - failed}/{total} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
