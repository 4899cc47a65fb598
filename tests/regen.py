#!/usr/bin/env python3
"""Record CPython's output for the golden test programs.

Usage (from the repository root, or anywhere):
    python3 tests/regen.py [paths...]

For every tests/programs/<area>/*.py (or only the given paths) this runs the
program with the interpreter running this script, with cwd = the repo root,
the program path given relative to the repo root, PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8, stdin from /dev/null and a 60 s timeout, and writes:

    <name>.out   stdout (always; the repository path made relative, as in .err)
    <name>.err   stderr        (when the exit status is non-zero or stderr is not empty)
    <name>.code  exit status   (only when the exit status is non-zero)

Stale .code files are removed for programs that exit with status 0, and stale .err
files for programs that also write nothing to stderr.
Files whose names start with "_" (helper modules) and anything inside a
directory whose name starts with "_" (helper packages) are not programs.
"""
import os
import subprocess
import sys

REQUIRED = (3, 11)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(REPO, "tests", "programs")
TIMEOUT = 60


def is_program(rel):
    """rel: path relative to tests/programs, with '/' separators."""
    parts = rel.split("/")
    if len(parts) != 2:
        return False
    area, name = parts
    return (name.endswith(".py") and not name.startswith("_")
            and not area.startswith("_") and not area.startswith("."))


def all_programs():
    found = []
    for area in sorted(os.listdir(PROGRAMS)):
        adir = os.path.join(PROGRAMS, area)
        if not os.path.isdir(adir):
            continue
        for name in sorted(os.listdir(adir)):
            rel = area + "/" + name
            if is_program(rel) and os.path.isfile(os.path.join(adir, name)):
                found.append(os.path.join(adir, name))
    return found


def selected_programs(args):
    out = []
    for arg in args:
        path = os.path.abspath(arg)
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                p = os.path.join(path, name)
                rel = os.path.relpath(p, PROGRAMS).replace(os.sep, "/")
                if os.path.isfile(p) and is_program(rel):
                    out.append(p)
            continue
        rel = os.path.relpath(path, PROGRAMS).replace(os.sep, "/")
        if not os.path.isfile(path) or rel.startswith("..") or not is_program(rel):
            sys.exit("regen.py: not a test program: %s" % arg)
        out.append(path)
    return out


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def remove(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def run_one(path):
    rel = os.path.relpath(path, REPO).replace(os.sep, "/")
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUNBUFFERED"] = "1"  # the harness runs gilpy so too (os._exit keeps output)
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONDONTWRITEBYTECODE",
                "PYTHONWARNINGS", "PYTHONOPTIMIZE", "PYTHONINSPECT"):
        env.pop(var, None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of the tree
    try:
        proc = subprocess.run([sys.executable, rel], cwd=REPO, env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        print("TIMEOUT %s" % rel)
        return False
    base = path[:-3]
    # a traceback printed to stdout names the script by its absolute path too
    write(base + ".out", proc.stdout.replace((REPO.rstrip("/") + "/").encode(), b""))
    # CPython prints the script's absolute path; record it relative to the repository
    # so the goldens do not depend on where the checkout lives
    err = proc.stderr.replace((REPO.rstrip("/") + "/").encode(), b"")
    if proc.returncode != 0:
        write(base + ".err", err)
        write(base + ".code", b"%d\n" % proc.returncode)
        print("%-60s exit %d" % (rel, proc.returncode))
    else:
        remove(base + ".code")
        if proc.stderr:
            # a program that ends normally may still write to stderr (print_exc, warnings)
            write(base + ".err", err)
            print("%-60s exit 0, stderr recorded" % rel)
        else:
            remove(base + ".err")
    return True


def main():
    if sys.version_info[:2] != REQUIRED:
        print("regen.py: needs CPython %d.%d, this is %s"
              % (REQUIRED + (sys.version.split()[0],)), file=sys.stderr)
        return 1
    paths = selected_programs(sys.argv[1:]) if len(sys.argv) > 1 else all_programs()
    ok = True
    for path in paths:
        ok = run_one(path) and ok
    with open(os.path.join(PROGRAMS, "PYTHON_VERSION"), "w") as f:
        f.write(sys.version + "\n")
    print("regen.py: %d program(s) recorded" % len(paths))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
