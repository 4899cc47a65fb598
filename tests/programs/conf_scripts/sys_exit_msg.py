import sys

def validate(args):
    errors = []
    for a in args:
        if not a.isdigit():
            errors.append(f"not a number: {a}")
    return errors

errs = validate(["12", "x3", "7", "-1"])
for e in errs:
    print(e, file=sys.stderr)
print("checked", 4, "args")
sys.stdout.flush()
if errs:
    sys.exit(f"{len(errs)} errors found")
print("unreachable")
