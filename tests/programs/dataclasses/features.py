# kw_only, KW_ONLY, InitVar, __post_init__, slots, metadata, make_dataclass and definition errors.
from dataclasses import (dataclass, field, fields, InitVar, KW_ONLY, make_dataclass,
                         asdict, replace, is_dataclass)


@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int
    debug: bool = False


cfg = Config(port=8080)
print(cfg, Config.__match_args__)
try:
    Config("h", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Config()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Request:
    url: str
    _: KW_ONLY
    timeout: float = 10.0
    retries: int = 3
    method: str = field(default="GET", kw_only=False)


r = Request("http://x", timeout=1.5)
print(r, Request.__match_args__, [f.kw_only for f in fields(Request)])
print(Request.__doc__)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Derived(Base):
    z: int = field(kw_only=True)


print(Derived(1, z=3), Derived(1, 2, z=3))


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    password: InitVar[str] = None
    hashed: str = field(init=False, repr=False)

    def __post_init__(self, password):
        self.hashed = "#" * len(password or "")


acct = Account("ann", 5.0, "secret")
print(acct, acct.hashed, [f.name for f in fields(acct)], hasattr(acct, "password"))
print(Account.password, asdict(acct))
print(InitVar[int], repr(InitVar[str]))
acct2 = replace(acct, balance=7.0, password="ab")
print(acct2, acct2.hashed)


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"


px = Pixel(1, 2)
print(px, Pixel.__slots__, hasattr(px, "__dict__"), is_dataclass(Pixel))
try:
    px.alpha = 0.5
except AttributeError as e:
    print(type(e).__name__)


@dataclass(frozen=True, slots=True)
class FrozenPixel:
    x: int
    y: int


fp = FrozenPixel(3, 4)
try:
    fp.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(fp, hash(fp) == hash(FrozenPixel(3, 4)))


@dataclass
class Measured:
    value: float = field(metadata={"unit": "m", "min": 0})
    label: str = "?"


f0 = fields(Measured)[0]
print(f0.metadata["unit"], dict(f0.metadata), fields(Measured)[1].metadata)

Pos = make_dataclass("Pos", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(Pos(3, -4), Pos(3, -4).norm(), Pos.__name__, is_dataclass(Pos))
Frozen3 = make_dataclass("Frozen3", [("a", int)], frozen=True, order=True)
print(sorted([Frozen3(2), Frozen3(1)]), hash(Frozen3(1)) == hash(Frozen3(1)))

errors = []
try:
    @dataclass
    class BadOrder:
        x: int = 0
        y: int
except TypeError as e:
    errors.append(e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    errors.append(e)
try:
    @dataclass
    class MutableDict:
        d: dict = {}
except ValueError as e:
    errors.append(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    errors.append(e)
try:
    @dataclass
    class NoAnnotation:
        a: int
        b = field(default=3)
except TypeError as e:
    errors.append(e)
try:
    @dataclass
    class TwoKw:
        a: int
        _: KW_ONLY
        b: int = 0
        c: KW_ONLY
except TypeError as e:
    errors.append(e)
try:
    make_dataclass("Dup", ["a", "a"])
except TypeError as e:
    errors.append(e)
try:
    make_dataclass("Kw", ["class"])
except TypeError as e:
    errors.append(e)
for e in errors:
    print(type(e).__name__, e)


@dataclass
class Self:
    self: int
    other: str = "o"


print(Self(1), Self(self=2))


class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 100
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)


@dataclass
class Stock:
    qty: Validated = Validated()


print(Stock().qty, Stock(5).qty)
try:
    Stock(-1)
except ValueError as e:
    print(type(e).__name__, e)
