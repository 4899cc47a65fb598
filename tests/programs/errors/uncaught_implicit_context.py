# uncaught exception raised in a handler: implicit __context__ chain of three
def parse(text):
    return int(text)
def convert(text):
    try:
        return parse(text)
    except ValueError:
        return {}["fallback"]
def outer():
    try:
        convert("abc")
    except KeyError as e:
        print("outer handler saw", repr(e))
        raise RuntimeError("conversion pipeline failed")
print(convert("12"))
outer()
