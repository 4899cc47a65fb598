import sys

def cleanup():
    print("cleanup in finally")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))

try:
    raise SystemExit("message")
except SystemExit as e:
    print("code is", e.code)

try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)

try:
    print("working")
    sys.exit("fatal: configuration missing")
finally:
    cleanup()
