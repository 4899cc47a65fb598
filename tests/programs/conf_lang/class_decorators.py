def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def count_instances(cls):
    orig = cls.__init__
    cls.count = 0
    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls


@add_repr
@count_instances
class Item:
    def __init__(self, name, qty=1):
        self.name = name
        self.qty = qty

print(Item("apple"), Item("pear", qty=3))
print(Item.count)


def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco

REG = {}

@register(REG)
class One:
    pass

@register(REG)
class Two:
    pass

print(sorted(REG))

def replace(cls):
    return 42

@replace
class Gone:
    pass

print(Gone)

from dataclasses import dataclass, field

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)

v1 = Version(1, 2)
v2 = Version(1, 10, ["x"])
print(v1, v2, v1 < v2, v1 == Version(1, 2, ["other"]))
print(sorted([v2, v1, Version(0)]))
