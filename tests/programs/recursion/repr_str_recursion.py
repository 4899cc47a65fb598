# A __repr__ that recurses through repr(): the RecursionError's message names the check that
# ran out (the builtin call, or PyObject_Repr), and how many levels fit shows what each level
# costs on the shared counter. (str() is left out: CPython 3.11 counts its first calls
# differently until its adaptive specialization of str(x) kicks in.)
depth = 0


class R:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)


def run(label, fn):
    global depth
    depth = 0
    try:
        fn()
    except RecursionError as e:
        print(label, "->", depth, e)


run("repr in a function", lambda: repr(R()))
run("f-string repr", lambda: f"{R()!r}")

depth = 0
try:
    repr(R())
except RecursionError as e:
    print("repr at module level ->", depth, e)


def nested():
    def inner():
        return repr(R())
    return inner()


run("repr two frames down", nested)
