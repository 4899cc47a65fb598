# SystemExit with several arguments: the tuple is printed and the status is 1
import sys

def finish(code, reason):
    print("finishing", code)
    sys.stdout.flush()
    raise SystemExit(code, reason)

finish(2, "bad input")
