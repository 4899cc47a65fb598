#!/usr/bin/env python3
"""Differential check of SyntaxErrors: mutate windows of the golden programs, compile each
under python3 and under gilpy, and count where the errors differ.

Usage: python3 fuzz/syntax_diff.py [--gilpy PATH] [--seed N] [--count N] [--show K]
                                   [--mode exec|eval|single]

Each source is a window of 1 to 12 lines of a program under tests/programs/, with one or
two edits (a token inserted, a run of up to 4 characters deleted). Both interpreters compile
it in the mode given (exec by default) and report (type, message, lineno, offset, end_lineno, end_offset, text), or
"ok". A SystemError or a crash from gilpy is a bug whatever CPython says. Prints the number
of differences, those beyond the text's trailing newline, and the commonest pairs.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKENS = ["=", ":", "(", ")", "[", "]", "{", "}", ",", "f'{", "'", '"', "print ", " is 1", "if ", "else",
          "lambda", ":=", "*", "**", "\n", "  ", "0x", "1_", "1e", "#", "yield", "return", "del ", "for",
          " in ", "=\n", "@", "->", "...", "1", "x", "."]

RUNNER = r'''
import json, sys, warnings
warnings.simplefilter("ignore")
for i, src in enumerate(json.load(open(sys.argv[1]))):
    try:
        compile(src, "<m>", sys.argv[2])
        r = "ok"
    except SyntaxError as e:
        r = f"{type(e).__name__}: {e.msg} | {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} | {e.text!r}"
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(i, r)
'''


def sources(seed, count):
    rnd = random.Random(seed)
    files = []
    for root, _, names in os.walk(os.path.join(REPO, "tests", "programs")):
        files += [os.path.join(root, n) for n in names if n.endswith(".py")]
    files.sort()
    out = []
    while len(out) < count:
        with open(rnd.choice(files), encoding="utf-8") as f:
            lines = f.read().split("\n")
        a = rnd.randrange(len(lines))
        src = "\n".join(lines[a:a + rnd.randint(1, 12)])
        for _ in range(rnd.randint(1, 2)):
            i = rnd.randrange(len(src) + 1)
            if rnd.random() < 0.6:
                src = src[:i] + rnd.choice(TOKENS) + src[i:]
            else:
                src = src[:i] + src[min(len(src), i + rnd.randint(1, 4)):]
        out.append(src)
    return out


def run(interp, runner, data, mode):
    r = subprocess.run([interp, runner, data, mode], capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        sys.exit(f"{interp} failed ({r.returncode}):\n{r.stderr[-2000:]}")
    return r.stdout.split("\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gilpy", default=os.path.join(REPO, "target", "release", "gilpy"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--mode", choices=("exec", "eval", "single"), default="exec")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, runner = os.path.join(tmp, "src.json"), os.path.join(tmp, "run.py")
        srcs = sources(a.seed, a.count)
        json.dump(srcs, open(data, "w"))
        open(runner, "w").write(RUNNER)
        want, got = run(a.python, runner, data, a.mode), run(a.gilpy, runner, data, a.mode)
    pairs = collections.Counter()
    diff = beyond_text = 0
    for w, g in zip(want, got):
        if g.split(" ", 1)[-1].startswith("SystemError"):
            print("SystemError from gilpy:", g)
        if w == g:
            continue
        diff += 1
        if w.rsplit(" | ", 1)[0] != g.rsplit(" | ", 1)[0]:
            beyond_text += 1
            mw, mg = w.split(" | ")[0].split(" ", 1)[1], g.split(" | ")[0].split(" ", 1)[1]
            pairs[mw if mw == mg else f"{mw}  ==>  {mg}"] += 1
    print(f"{a.count} sources, seed {a.seed}, {a.mode} mode: {diff} differ, {beyond_text} beyond the text's newline")
    for k, v in pairs.most_common(a.show):
        print(f"{v:5d}  {k[:150]}")


if __name__ == "__main__":
    main()
