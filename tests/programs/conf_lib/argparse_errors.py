import argparse, sys

p = argparse.ArgumentParser(prog="prog")
p.add_argument("n", type=int)
p.add_argument("--color", choices=["red", "blue"])
sys.stderr = sys.stdout
for argv in [["x"], [], ["1", "--color", "green"], ["1", "--bogus"], ["1", "2"], ["--help"]]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit code", e.code)
q = argparse.ArgumentParser(prog="q", exit_on_error=False)
q.add_argument("--k", type=int)
try:
    q.parse_args(["--k", "z"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
