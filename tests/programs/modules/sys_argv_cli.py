# a tiny command-line tool driven by sys.argv (run with no extra args, then simulated ones)
import sys

def parse(argv):
    opts = {"verbose": False, "count": 1, "name": "world"}
    positional = []
    it = iter(argv)
    for arg in it:
        if arg in ("-v", "--verbose"):
            opts["verbose"] = True
        elif arg in ("-n", "--count"):
            try:
                opts["count"] = int(next(it))
            except StopIteration:
                raise SystemExit("error: -n needs a value")
            except ValueError as e:
                raise SystemExit(f"error: bad count ({e})")
        elif arg.startswith("--name="):
            opts["name"] = arg.split("=", 1)[1]
        elif arg.startswith("-"):
            raise SystemExit(f"error: unknown option {arg}")
        else:
            positional.append(arg)
    return opts, positional

def main(argv):
    prog = argv[0].rsplit("/", 1)[-1]
    opts, pos = parse(argv[1:])
    for _ in range(opts["count"]):
        print(f"{prog}: hello, {opts['name']}!")
    if opts["verbose"]:
        print("  options:", sorted(opts.items()))
        print("  positional:", pos)
    return 0

print("real argv tail:", sys.argv[1:], len(sys.argv))
print("exit", main(sys.argv))
for fake in (["tool.py", "-v", "a", "b"],
             ["tool.py", "-n", "3", "--name=gil"],
             ["tool.py", "-n"],
             ["tool.py", "-n", "x"],
             ["tool.py", "--bogus"]):
    try:
        print("exit", main(fake))
    except SystemExit as e:
        print("SystemExit:", e, "| code:", repr(e.code))
saved = sys.argv
sys.argv = ["replaced", "1", "2"]
print(sum(int(a) for a in sys.argv[1:]), sys.argv[0])
sys.argv = saved
print(sys.argv[0].endswith("sys_argv_cli.py"))
