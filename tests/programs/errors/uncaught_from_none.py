# uncaught exception raised with `from None` inside a handler: context is hidden
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError("cannot parse %r" % text) from None
print(parse("12"))
print("parsing bad input")
parse("twelve")
