# class-body names are not visible inside comprehensions/functions defined in the body
x = "global x"
class A:
    x = "class x"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]          # first iterable evaluated in class scope
    seen = [x for _ in range(2)]               # x resolves to the global
    pairs = {k: x for k in "ab"}
    gen_first = list(i for i in items)
    def method(self):
        return x
    lam = lambda self: x
print(A.doubled, A.seen, A.pairs, A.gen_first)
print(A().method(), A().lam())
try:
    class B:
        n = 3
        bad = [n * i for i in range(2)]
except NameError as e:
    print("NameError", e)
try:
    class C:
        rows = [1, 2]
        cols = [3, 4]
        grid = [(r, c) for r in rows for c in cols]
except NameError as e:
    print("NameError", e)
class D:
    y = 5
    y = y + 1
    z = [y]
    del y
print(D.z, hasattr(D, "y"))
def outer():
    v = "enclosing v"
    class E:
        v = "class v"
        got = [v for _ in range(1)]
        def m(self):
            return v
    return E.got, E().m(), E.v
print(outer())
def outer2():
    w = "enclosing w"
    class F:
        try:
            print("in body", w)
        except NameError as e:
            print("NameError in body", e)
        w = "class w"
        print("after assign", w)
    return F.w, w
print(outer2())
class G:
    total = 0
    for k in range(4):
        total += k
    names = [name for name in dir() if not name.startswith("__")]
print(G.total, G.k, G.names)
