# Less common Enum features: base enums with methods, _ignore_, _order_, member/nonmember,
# custom __str__/__format__, definition errors, verify(), __members__ proxy.
from enum import Enum, IntEnum, Flag, auto, member, nonmember, verify, UNIQUE, CONTINUOUS, EnumMeta, EnumType


class Describable(Enum):
    def describe(self):
        return "%s is %r" % (self.name, self.value)

    def __str__(self):
        return self.name.title()


class Mood(Describable):
    HAPPY = 3
    SAD = 1


print(Mood.HAPPY.describe(), str(Mood.SAD), f"{Mood.SAD}", repr(Mood.SAD))
print(isinstance(Mood.HAPPY, Describable), issubclass(Mood, Enum), type(Mood) is EnumMeta, EnumMeta is EnumType)


class Days(Enum):
    _ignore_ = 'i'
    i = None
    MON = 1
    TUE = 2


print(list(Days), hasattr(Days, 'i'))


class Things(Enum):
    _order_ = 'ONE TWO'
    ONE = 1
    TWO = 2


print(list(Things))
try:
    class Wrong(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)


class Mixed(Enum):
    A = 1
    B = member(lambda x: x * 2)
    LIMIT = nonmember(10)

    class Inner:
        pass


print([m.name for m in Mixed], Mixed.LIMIT, Mixed.B.value(21))
print(Mixed.Inner.name)


class Temperature(float, Enum):
    FREEZING = 0.0
    BOILING = 100.0

    def __format__(self, spec):
        return format(self.value, spec) + "C"


print(f"{Temperature.BOILING:.1f}", str(Temperature.FREEZING), Temperature.BOILING > 50)

errors = []
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    errors.append((type(e).__name__, str(e)))
try:
    class Base(Enum):
        X = 1
    class Sub(Base):
        Y = 2
except TypeError as e:
    errors.append((type(e).__name__, str(e)))
try:
    class Reserved(Enum):
        _foo_ = 1
except ValueError as e:
    errors.append((type(e).__name__, str(e)))
try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last):
            return name
except TypeError as e:
    errors.append((type(e).__name__, str(e)))
try:
    class NotEnum(int, str, Enum):
        A = 1
except TypeError as e:
    errors.append((type(e).__name__, str(e).split(':')[0]))
try:
    Mood.HAPPY.value = 5
except AttributeError as e:
    errors.append((type(e).__name__, str(e)))
for err in errors:
    print(*err)

try:
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        CRIMSON = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    @verify(CONTINUOUS)
    class Grade(IntEnum):
        A = 5
        B = 4
        D = 2
except ValueError as e:
    print(type(e).__name__, e)

members = Mood.__members__
print(type(members).__name__, list(members), members['SAD'])
try:
    members['NEW'] = 1
except TypeError as e:
    print(type(e).__name__, e)

print(bool(Mood), bool(Mood.SAD), Mood.SAD.__class__.__name__)
print(sorted(Mood, key=lambda m: m.value))
print(dict((m, m.value) for m in Mood))
print(Mood['HAPPY'] in Mood, Mood.HAPPY._name_, Mood.HAPPY._value_)
print(hash(Mood.HAPPY) == hash(Mood.HAPPY), {Mood.HAPPY, Mood.HAPPY, Mood.SAD} == {Mood.SAD, Mood.HAPPY})


class Empty(Enum):
    pass


print(list(Empty), len(Empty))
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)


class Perm(Flag):
    NONE = 0
    R = auto()
    W = auto()


print(list(Perm), Perm.NONE, repr(Perm.R | Perm.W), repr(Perm.R & Perm.W))
