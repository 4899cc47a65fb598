# Refcount of self during construction and inside methods
import sys

class Probe:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        print("in __new__:", sys.getrefcount(obj))
        return obj

    def __init__(self, tag):
        print("in __init__:", sys.getrefcount(self))
        self.tag = tag

    def method(self):
        return sys.getrefcount(self)

    @classmethod
    def factory(cls):
        return cls("made")

    def __repr__(self):
        return "Probe(%s)" % self.tag

p = Probe("x")
print("bound to name:", sys.getrefcount(p))
print("in method:", p.method())
print("via unbound call:", Probe.method(p))
q = Probe.factory()
print("factory result:", sys.getrefcount(q))
items = [Probe(i) for i in range(2)]
print("items:", [sys.getrefcount(i) for i in items])
print("discarded construction:", Probe("tmp").method())

class Base:
    def __init__(self):
        self.base_rc = sys.getrefcount(self)

class Derived(Base):
    def __init__(self):
        super().__init__()
        self.derived_rc = sys.getrefcount(self)

d = Derived()
print("super().__init__:", d.base_rc, d.derived_rc)
