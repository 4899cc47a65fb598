# Assignment expressions binding through global/nonlocal/nested comprehensions, and their compile errors.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
g = 0
def walrus_global():
    global g
    [g := i for i in range(3)]
    return g
attempt("walrus global in comp", walrus_global)
print(g)
def walrus_nonlocal():
    v = 0
    def inner():
        nonlocal v
        [v := i for i in range(4)]
    inner()
    return v
attempt("walrus nonlocal in comp", walrus_nonlocal)
def walrus_nested_comp():
    [[(last := (i, j)) for j in range(2)] for i in range(2)]
    return last
attempt("walrus nested comp", walrus_nested_comp)
attempt("walrus in slice", lambda: [1, 2, 3][(k := 1):] + [k])
attempt("walrus in lambda", lambda: (lambda: (w := 5) + w)())
attempt("walrus in default", lambda: (lambda a=(d := 3): a + d)())
attempt("walrus in genexpr any", lambda: (any((m := n) > 2 for n in [1, 3, 5]), m))
attempt("walrus in dict comp value", lambda: ({i: (sq := i * i) for i in range(3)}, sq))
attempt("walrus shadowing comp var in lambda", lambda: [(lambda: (t := i))() for i in range(2)])
def walrus_in_while():
    data = [1, 2, 0, 3]
    out = []
    while (x := data.pop(0)):
        out.append(x)
    return out, x
attempt("while walrus", walrus_in_while)
attempt("walrus tuple unparenthesized in call", lambda: (lambda *a: a)(z := 1, z + 1))
attempt("walrus as statement invalid", lambda: compile("y := 1", "s", "exec"))
attempt("walrus in comprehension iterable", lambda: compile("[x for x in (y := [1])]", "s", "exec") and "compiled")
attempt("walrus in class comp", lambda: compile("class C:\n    [(j := i) for i in range(2)]\n", "s", "exec") and "compiled")
attempt("walrus in annotation", lambda: compile("def f(x: (y := int)): pass", "s", "exec") and "ok")
attempt("walrus kwarg", lambda: compile("f(a := 1)", "s", "exec") and "ok")
attempt("walrus kw name", lambda: compile("f(a=b := 1)", "s", "exec"))
attempt("walrus in subscript assign target", lambda: compile("x[(i := 0)] = 1", "s", "exec") and "ok")
