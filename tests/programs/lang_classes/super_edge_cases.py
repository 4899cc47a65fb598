# Zero-argument super() in generators, comprehensions, lambdas, classmethods and its error paths.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
class B:
    def m(self): return "B.m"
    @classmethod
    def cm(cls): return "B.cm:" + cls.__name__
class C(B):
    def gen(self):
        yield super().m()
    def comp(self):
        return [super().m() for _ in range(1)]
    def lam(self):
        return (lambda: super().m())()
    def gen_expr(self):
        return list(super().m() for _ in range(1))
    def rebinding_self(self):
        self = None
        return super().m()
    def no_args(*args):
        return super().m()
    def deleted_self(self):
        del self
        return super().m()
    @classmethod
    def cm(cls):
        return "C+" + super().cm()
    @staticmethod
    def st():
        return super().m()
c = C()
attempt("generator", lambda: list(c.gen()))
attempt("listcomp", c.comp)
attempt("lambda", c.lam)
attempt("genexpr", c.gen_expr)
attempt("rebinding self", c.rebinding_self)
attempt("*args only", c.no_args)
attempt("deleted self", c.deleted_self)
attempt("classmethod", C.cm)
attempt("staticmethod", C.st)
attempt("super type check", lambda: super(C, B()).m())
attempt("super(C, C)", lambda: super(C, C).m(c))
attempt("super(B, c).m", lambda: super(B, c).m())
attempt("super repr", lambda: repr(super(C, c)))
attempt("super with class obj", lambda: super(C, C).cm())
attempt("super getattr __class__", lambda: super(C, c).__class__.__name__)
attempt("super set attr", lambda: setattr(super(C, c), "x", 1))
attempt("super() at module", lambda: eval("super()"))
