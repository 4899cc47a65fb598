# sys.argv and sys.path basics
import sys
print(sys.argv[0])
print(len(sys.argv), type(sys.argv).__name__)
print(sys.argv[0].endswith("sys_argv.py"))
print(sys.argv[1:])
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.path[0].endswith("modules"))
args = list(sys.argv)
args.append("extra")
print(len(args), len(sys.argv))
print(sys.argv[0].split("/")[-2:])
