# Field ordering across base classes, overriding defaults, kw_only in bases, InitVar in bases,
# __post_init__ chaining, replace() with InitVar, and plain (non-dataclass) bases/mixins.
from dataclasses import dataclass, field, fields, replace, InitVar, asdict, KW_ONLY


@dataclass
class Base:
    x: int
    y: int = 0
    _: KW_ONLY
    debug: bool = False


@dataclass
class Middle(Base):
    z: int = 5
    x: int = 100          # overriding a base field keeps its original position


@dataclass
class Leaf(Middle):
    w: list = field(default_factory=list)

    def __post_init__(self):
        self.w.append(self.x + self.y + self.z)


print([f.name for f in fields(Leaf)], [f.kw_only for f in fields(Leaf)])
print(Leaf(), Leaf(1, 2, 3, [0], debug=True))
print(Middle.__doc__)
print(Leaf.__match_args__)


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0

    def __post_init__(self, factor):
        self.value = self.value * factor


@dataclass
class Clamped(Scaled):
    limit: float = 10.0

    def __post_init__(self, factor):
        super().__post_init__(factor)
        self.value = min(self.value, self.limit)


c = Clamped(3, 5)
print(c, Clamped(3), Clamped(1, 2, 100))
print([f.name for f in fields(c)], asdict(c))
print(replace(c, value=4), replace(c, limit=1, factor=3))


@dataclass
class NeedsInit:
    a: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.a *= scale


n = NeedsInit(2, 10)
print(n)
try:
    replace(n, a=1)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(n, a=1, scale=3))


class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(asdict(self), sort_keys=True)


class Tagged:
    tag = "base"

    def describe(self):
        return "%s:%s" % (self.tag, self)


@dataclass
class Event(JsonMixin, Tagged):
    name: str
    when: int = 0
    tag: str = "event"


e = Event("launch", 5)
print(e.to_json(), e.describe(), Event.tag, Tagged.tag)


@dataclass(eq=False)
class Identity:
    n: int


a, b = Identity(1), Identity(1)
print(a == b, a == a, len({a, b}))


@dataclass
class WithProperty:
    _radius: float = 1.0

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._radius = value


wp = WithProperty(2.0)
wp.radius = 3.5
print(wp, wp.radius)
try:
    wp.radius = -1
except ValueError as err:
    print(type(err).__name__, err)
