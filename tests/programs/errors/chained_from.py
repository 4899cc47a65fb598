# uncaught exception with an explicit cause (raise ... from ...)
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e
print(parse("12"))
print(parse(" 7 "))
try:
    parse("?")
except RuntimeError as e:
    print("caught", e, "caused by", type(e.__cause__).__name__)
parse("x")
