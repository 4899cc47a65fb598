# How enum classes get built: __init_subclass__ sees the members, errors while creating
# members, invalid names, _ignore_ misuse, _missing_ raising, functional API forms.
from enum import Enum, IntEnum, Flag, StrEnum, auto


class Registered(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("init_subclass", cls.__name__, [m.name for m in cls], sorted(kw))


class Fruit(Registered, tag="food"):
    APPLE = 1
    PEAR = 2


def attempt(label, make):
    try:
        result = make()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def int_from_text():
    class X(IntEnum):
        A = 'abc'
    return list(X)


def init_needs_two():
    class Y(Enum):
        def __init__(self, a, b):
            self.total = a + b
        A = 1
    return list(Y)


def init_with_two():
    class Y(Enum):
        def __init__(self, a, b):
            self.total = a + b
        A = 1, 2
        B = 3, 4
    return [(m.name, m.value, m.total) for m in Y]


def mro_name():
    class Z(Enum):
        mro = 1
    return list(Z)


def ignore_after():
    class W(Enum):
        A = 1
        _ignore_ = ['A']
    return list(W)


def missing_raises():
    class M(Enum):
        A = 1

        @classmethod
        def _missing_(cls, value):
            raise KeyError(value)
    return M(2)


def not_last():
    class N(Enum, int):
        A = 1
    return list(N)


def flag_bad_auto():
    class F(Flag):
        A = 'x'
        B = auto()
    return list(F)


def str_enum_auto():
    class S(StrEnum):
        ALPHA = auto()
        Beta_Two = auto()
    return [str(s) for s in S]


for label, fn in [("int_from_text", int_from_text), ("init_needs_two", init_needs_two),
                  ("init_with_two", init_with_two), ("mro_name", mro_name),
                  ("ignore_after", ignore_after), ("missing_raises", missing_raises),
                  ("not_last", not_last), ("flag_bad_auto", flag_bad_auto),
                  ("str_enum_auto", str_enum_auto)]:
    attempt(label, fn)

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.RED.value, Color.__module__)
Http = IntEnum("Http", {"OK": 200, "NOT_FOUND": 404})
print(Http(200), repr(Http.NOT_FOUND), Http.OK + 1)
Pairs = Enum("Pairs", [("LEFT", "l"), ("RIGHT", "r")])
print(Pairs("r"), Pairs.LEFT.value)
Perm = Flag("Perm", "R W X")
print(repr(Perm.R | Perm.X), [p.value for p in Perm])
Start = Enum("Start", "A B", start=0)
print([(m.name, m.value) for m in Start])
