# raise SystemExit with a non-integer, non-string argument
import sys
print(SystemExit([1, 2]).code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("sys.exit(None) code:", e.code)
print("exiting with a list argument")
raise SystemExit([1, 2])
