# Metaclasses: type subclass, __prepare__, __call__, __new__/__init__ kwargs, conflicts.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        ns = {"injected": "from prepare"}
        return ns

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.flag = kwargs.get("flag", None)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name, kwargs)
        super().__init__(name, bases, ns)


class Base(metaclass=OrderedMeta, flag=1):
    a = 1

    def method(self):
        return "m"


class Derived(Base, flag=2):
    b = 2


print(type(Base).__name__, type(Derived).__name__)
print(Base.flag, Derived.flag, Derived.injected)


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls.instances:
            print("creating", cls.__name__, args)
            cls.instances[cls] = super().__call__(*args, **kwargs)
        return cls.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)

Dyn = type("Dyn", (Base,), {"z": 26, "get": lambda self: self.z})
print(Dyn.__name__, Dyn().get(), type(Dyn).__name__, Dyn.flag)
Plain = type("Plain", (), {})
print(Plain.__bases__, Plain.__mro__)
attempt("type 2 args", lambda: type("X", ()))
attempt("type bad bases", lambda: type("X", (1,), {}))
attempt("type bad dict", lambda: type("X", (), []))
attempt("type 1 arg", lambda: type(5).__name__)


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError", e)


class M3(M1):
    pass


class A3(metaclass=M3):
    pass


class Combined(A1, A3):
    pass


print(type(Combined).__name__)


class Counting(type):
    count = 0

    def __new__(mcls, name, bases, ns):
        mcls.count += 1
        ns["serial"] = mcls.count
        return super().__new__(mcls, name, bases, ns)

    def describe(cls):
        return f"{cls.__name__}#{cls.serial}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class One(metaclass=Counting):
    pass


class Two(One):
    pass


print(One.describe(), Two.describe(), Two.upper_name)
attempt("meta method from instance", lambda: One().describe())
print(isinstance(One, Counting), issubclass(Counting, type), type(type))


def func_meta(name, bases, ns):
    print("func_meta called for", name)
    return 42


class NotAClass(metaclass=func_meta):
    x = 1


print(NotAClass)
attempt("kw to plain class", lambda: type("K", (), {}, extra=1))
try:
    class Kw(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
