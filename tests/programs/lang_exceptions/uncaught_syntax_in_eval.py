# SyntaxError raised by eval() at runtime: caret position and message in the traceback.
def parse(expr):
    return eval(expr)


print(parse("1 + 2 * 3"))
for bad in ["1 +* 2", "(1, 2", "x ===  y"]:
    try:
        parse(bad)
    except SyntaxError as e:
        print(repr(bad), "->", e.msg, e.offset, getattr(e, "end_offset", None))
parse("1 +* 2")
