# __instancecheck__/__subclasscheck__ on metaclasses, isinstance/issubclass edge cases.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("  subclasscheck", sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


attempt("robot is Duck", lambda: isinstance(Robot(), Duck))
attempt("int is Duck", lambda: isinstance(3, Duck))
attempt("Robot subclass Duck", lambda: issubclass(Robot, Duck))
attempt("tuple check", lambda: isinstance(Robot(), (int, Duck)))
attempt("exact type shortcut", lambda: isinstance(Duck(), Duck))


class Ret:
    def __init__(self, v):
        self.v = v


class OddMeta(type):
    def __instancecheck__(cls, obj):
        return [] if obj == 0 else "yes"


class Odd(metaclass=OddMeta):
    pass


attempt("truthy coerced", lambda: (isinstance(0, Odd), isinstance(1, Odd)))
attempt("isinstance non-type", lambda: isinstance(1, 1))
attempt("issubclass non-class", lambda: issubclass(1, int))
attempt("issubclass arg2", lambda: issubclass(int, 1))
attempt("nested tuple", lambda: isinstance(1, (str, (bytes, int))))
attempt("bool subclass", lambda: (issubclass(bool, int), isinstance(True, int)))
attempt("type of type", lambda: (isinstance(type, type), isinstance(object, type), issubclass(type, object)))


class HasBases:
    __bases__ = (int,)


class Fake:
    __class__ = int


attempt("fake __class__", lambda: (isinstance(Fake(), int), type(Fake()).__name__))
attempt("issubclass(X, X)", lambda: issubclass(Robot, Robot))
attempt("issubclass object", lambda: issubclass(Robot, object))


class Registry(type):
    registered = []

    def register(cls, sub):
        cls.registered.append(sub)
        return sub

    def __subclasscheck__(cls, sub):
        return sub in cls.registered or type.__subclasscheck__(cls, sub)

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))


class Iface(metaclass=Registry):
    pass


@Iface.register
class Impl:
    pass


class Real(Iface):
    pass


attempt("registered", lambda: (isinstance(Impl(), Iface), issubclass(Impl, Iface)))
attempt("real subclass", lambda: (isinstance(Real(), Iface), issubclass(Real, Iface)))
attempt("neither", lambda: isinstance(5, Iface))
attempt("except uses subclasscheck?", lambda: "n/a")
try:
    raise KeyError("k")
except (Iface, LookupError) as e:
    print("caught", type(e).__name__)
