# Functions, classes and methods are pickled by qualified name (GLOBAL / STACK_GLOBAL / getattr reduce), protocols 0..5.
import pickle


def helper(x):
    return x * 2


class Outer:
    class Inner:
        def meth(self):
            return "meth"

        class Deeper:
            pass

    @staticmethod
    def sm():
        return "static"

    @classmethod
    def cm(cls):
        return "class " + cls.__name__

    def plain(self):
        return "plain"


def show(label, x):
    print("--", label)
    for p in range(6):
        try:
            d = pickle.dumps(x, p)
        except Exception as e:
            print(p, type(e).__name__, e)
            continue
        print(p, d)
        y = pickle.loads(d)
        print("   same object:", y is x, "equal:", y == x)


show("builtin len", len)
show("builtin type int", int)
show("builtin type str", str)
show("builtin type object", object)
show("builtin exception class", ValueError)
show("NoneType", type(None))
show("ellipsis type", type(...))
show("NotImplemented", NotImplemented)
show("Ellipsis", ...)
show("module-level function", helper)
show("module-level class", Outer)
show("nested class", Outer.Inner)
show("doubly nested class", Outer.Inner.Deeper)
show("function in a class", Outer.Inner.meth)
show("staticmethod via class", Outer.sm)
show("unbound plain method", Outer.plain)
show("classmethod (bound to the class)", Outer.cm)
show("method descriptor str.upper", str.upper)
show("classmethod of builtin dict.fromkeys", dict.fromkeys)
show("bound builtin method of a list", [1, 2].append)

# the loaded functions work
for p in range(6):
    f = pickle.loads(pickle.dumps(helper, p))
    c = pickle.loads(pickle.dumps(Outer.cm, p))
    m = pickle.loads(pickle.dumps(Outer.Inner.meth, p))
    print(p, f(21), c(), m(None), pickle.loads(pickle.dumps(Outer.sm, p))())
# a tuple of globals: the second reference to a global is a memo get
show("globals in a tuple", (helper, Outer, helper, len, len))
