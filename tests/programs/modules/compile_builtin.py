# compile(): code objects for exec and eval, the filename carried into tracebacks and
# SyntaxError, and the errors for a bad mode or argument
c = compile("x = 1 + 2\nprint('x is', x)", "made_up.py", "exec")
print(type(c).__name__)
exec(c)
ns = {}
exec(compile("y = [i * i for i in range(4)]", "<gen>", "exec"), ns)
print(ns["y"])
print(eval(compile("3 * 4 + len('ab')", "<expr>", "eval")))
print(eval(compile(b"10 // 3", "<bytes>", "eval")))
try:
    compile("x =", "bad.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    compile("x", "f", "nope")
except ValueError as e:
    print("ValueError", e)
try:
    compile(42, "f", "exec")
except TypeError as e:
    print("TypeError", e)
code = compile("def f():\n    raise KeyError('k')\nf()", "virtual.py", "exec")
try:
    exec(code)
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("raised in", repr(e), "line", tb.tb_lineno)
