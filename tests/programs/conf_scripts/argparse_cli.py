import argparse

parser = argparse.ArgumentParser(prog="todo", description="Manage a todo list.")
parser.add_argument("command", choices=["add", "list", "done"], help="what to do")
parser.add_argument("items", nargs="*", help="task text")
parser.add_argument("-p", "--priority", type=int, default=3, help="priority 1-5")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("--tag", action="append", dest="tags", default=[])
parser.add_argument("--limit", type=float, metavar="N")

for argv in (["add", "buy", "milk", "-p", "1", "--tag", "home", "--tag", "shop"],
             ["list", "-v", "--limit", "2.5"],
             ["done"]):
    ns = parser.parse_args(argv)
    print(vars(ns))
print(parser.format_usage(), end="")
parser.print_help()
ns, extra = parser.parse_known_args(["list", "--unknown", "x"])
print(ns.command, extra)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m", "--message", required=True)
print(sub.parse_args(["commit", "-m", "fix"]))
try:
    parser.parse_args(["remove"])
except SystemExit as e:
    print("exit code", e.code)
parser.parse_args(["add", "-p", "high"])
