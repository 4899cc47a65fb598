# Scope rules (class bodies, cells, nonlocal) and symbol-table SyntaxErrors.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


x = "global"


def class_reads_then_shadows():
    x = "local"

    class C:
        y = x
        x = "class"
        z = x
    return C.y, C.z


attempt("class x = x", class_reads_then_shadows)


def class_reads_enclosing():
    x = "enclosing"

    class C:
        seen = x

        def m(self):
            return x
    return C.seen, C().m()


attempt("class reads enclosing", class_reads_enclosing)


def outside_super(self):
    return super().__init__()


class K:
    m = outside_super


attempt("super outside class", lambda: K().m())


def del_nonlocal():
    v = 1

    def g():
        nonlocal v
        del v
    g()
    try:
        return v
    except NameError as e:
        return str(e)


attempt("del nonlocal", del_nonlocal)


def comprehension_cells():
    fns = [lambda: i for i in range(2)]
    i = 10
    return [f() for f in fns]


attempt("comprehension cells", comprehension_cells)


def compiles(src):
    compile(src, "s", "exec")
    return "compiled"


for label, src in [
    ("global after nested assignment", "def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n"),
    ("nonlocal and global", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"),
    ("parameter nonlocal", "def f(a):\n    nonlocal a\n"),
    ("parameter global", "def f(a):\n    global a\n"),
    ("nonlocal in class body", "class C:\n    nonlocal x\n"),
    ("annotated global", "def f():\n    global x\n    x: int = 1\n"),
    ("used before nonlocal", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"),
    ("assigned before global", "def f():\n    x = 1\n    global x\n"),
    ("yield in list comprehension", "[(yield x) for x in y]"),
    ("yield in class body", "class C:\n    yield 1\n"),
    ("starred augassign", "*a += 1"),
    ("del starred", "del *a"),
    ("starred alone", "*a"),
    ("import star in function", "def f():\n    from os import *\n"),
    ("late __future__", "x = 1\nfrom __future__ import annotations\n"),
    ("unknown __future__", "from __future__ import nope\n"),
    ("continue in class in loop", "for x in y:\n    class C:\n        continue\n"),
    ("return with value in generator", "def g():\n    yield\n    return 5\n"),
    ("docstring then __future__", '"""doc"""\nfrom __future__ import annotations\n'),
]:
    attempt(label, lambda: compiles(src))
