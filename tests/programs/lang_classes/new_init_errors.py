# __new__ / __init__ argument errors, object.__new__ messages, __class__ assignment, instance creation.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class NoInit:
    pass


class OnlyInit:
    def __init__(self, a):
        self.a = a


class OnlyNew:
    def __new__(cls, a):
        obj = super().__new__(cls)
        obj.a = a
        return obj


class InitReturns:
    def __init__(self):
        return 5


class NewReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("  never called")


class NewSuperArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, *args):
        pass


attempt("NoInit()", lambda: type(NoInit()).__name__)
attempt("NoInit(1)", lambda: NoInit(1))
attempt("NoInit(k=1)", lambda: NoInit(k=1))
attempt("OnlyInit()", lambda: OnlyInit())
attempt("OnlyNew(1)", lambda: OnlyNew(1).a)
attempt("OnlyNew()", lambda: OnlyNew())
attempt("init returns", lambda: InitReturns())
attempt("new returns other", lambda: NewReturnsOther())
attempt("new passes args to object", lambda: NewSuperArgs(1))
attempt("object.__new__ no args", lambda: object.__new__())
attempt("object.__new__ non-type", lambda: object.__new__(5))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__init__ args", lambda: object.__init__(NoInit(), 1))
attempt("int.__new__(str)", lambda: int.__new__(str))
attempt("explicit __init__ call", lambda: OnlyInit.__init__(NoInit(), 3))


class A:
    def hello(self):
        return "A.hello"


class B:
    def hello(self):
        return "B.hello"


obj = A()
obj.__class__ = B
print(obj.hello(), type(obj).__name__, isinstance(obj, A))
attempt("class to int", lambda: setattr(obj, "__class__", int))
attempt("class to non-type", lambda: setattr(obj, "__class__", 5))
attempt("int __class__ assign", lambda: setattr(5, "__class__", bool))


class Count:
    created = 0

    def __new__(cls, *a, **k):
        cls.created += 1
        return super().__new__(cls)

    def __init__(self, x=0):
        self.x = x


Count(1)
Count(x=2)
print(Count.created)


class Sub(Count):
    pass


Sub()
print(Count.created, Sub.created)


class Immutable:
    __slots__ = ()

    def __new__(cls):
        return object.__new__(cls)


print(type(Immutable()).__name__)
attempt("abstract-like", lambda: type.__call__(NoInit).__class__.__name__)


class CallsInitTwice:
    def __init__(self):
        self.n = getattr(self, "n", 0) + 1


c = CallsInitTwice()
c.__init__()
print(c.n)
attempt("type() 0 args", lambda: type())
attempt("NoInit.__init__ direct", lambda: NoInit.__init__(NoInit()))
