import sys
print("before")
print("err line", file=sys.stderr)
sys.stdout.write("written\n")
n = sys.stderr.write("raw err\n")
print(n)
raise SystemExit([1, "two"])
