# sys.exit with a message: printed to stderr, status 1
import sys
config = {"name": "demo"}
print("loaded", sorted(config))
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
required = ["name", "port"]
missing = [k for k in required if k not in config]
print("missing:", missing)
sys.exit("fatal: something went wrong")
