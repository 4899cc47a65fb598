# exec/eval/compile namespaces: locals snapshots, custom globals/builtins, modes.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def loc():
    a = 1
    snap = locals()
    b = 2
    return sorted(snap), sorted(locals())


attempt("locals snapshot", loc)


def modify_locals():
    x = 1
    locals()["x"] = 2
    return x


attempt("locals write ignored", modify_locals)
attempt("eval with locals", lambda: eval("a + b", {"a": 1}, {"b": 2}))
attempt("exec returns None", lambda: exec("x = 5"))
ns = {}
exec("y = 10\ndef f(): return y", ns)
attempt("exec ns", lambda: (ns["y"], ns["f"](), "__builtins__" in ns))
attempt("restricted builtins", lambda: eval("len([1])", {"__builtins__": {}}))
attempt("custom builtins", lambda: eval("len([1])", {"__builtins__": {"len": lambda x: "fake len"}}))
attempt("compile eval mode", lambda: eval(compile("1+1", "<x>", "eval")))
print("single mode echoes:")
exec(compile("1+1", "<x>", "single"))
exec(compile("None", "<x>", "single"))
exec(compile("'text'", "<x>", "single"))
attempt("compile bad mode", lambda: compile("1", "<x>", "bad"))
attempt("eval statement", lambda: eval("x = 1"))
attempt("exec nested closure", lambda: exec("def g():\n  z = 1\n  def h(): return z\n  return h()\nprint('g() =', g())"))


def exec_in_func():
    exec("q = 3")
    return "q" in locals()


attempt("exec in func locals", exec_in_func)
attempt("dir() in function", lambda: (lambda a=1: dir())())


class C:
    x = 1
    exec("y = x + 1")


print(C.y)
attempt("eval sees caller globals", lambda: eval("attempt.__name__"))
attempt("eval dict-subclass locals __missing__", lambda: eval("zz", {}, type("D", (dict,), {"__missing__": lambda s, k: 43})()))
code = compile("a * 2", "<expr>", "eval")
print(code.co_filename, code.co_name, [eval(code, {"a": v}) for v in (1, "x")])
attempt("compile returns code", lambda: type(compile("pass", "f", "exec")).__name__)
attempt("exec bytes source", lambda: exec(b"print('from bytes')"))
attempt("eval whitespace", lambda: eval("  1 + 1\n"))
attempt("eval empty", lambda: eval(""))
attempt("exec non-str", lambda: exec(5))
