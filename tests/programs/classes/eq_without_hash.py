# defining __eq__ without __hash__ makes instances unhashable
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
print(P.__hash__)
p = P(1)
print(p == P(1), p != P(2), p == 1)
for fn in [lambda: hash(p), lambda: {p}, lambda: {p: 1}, lambda: frozenset([p]), lambda: {}.get(p), lambda: p in {1}]:
    try:
        fn()
    except TypeError as e:
        print("TypeError", e)
print(p in [P(1)], [P(1)].index(p), [P(0), P(1)].count(p))
class Q(P):
    __hash__ = P.__hash__
try:
    hash(Q(1))
except TypeError as e:
    print("Q TypeError", e)
class R(P):
    def __hash__(self):
        return hash(self.v)
print(len({R(1), R(1), R(2)}), {R(3): "x"}[R(3)])
class HashOnly:
    def __hash__(self):
        return 7
print(hash(HashOnly()), HashOnly() == HashOnly())
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError", e)
class EqInherited(R):
    def __eq__(self, other):
        return True
try:
    hash(EqInherited(1))
except TypeError as e:
    print("EqInherited TypeError", e)
class Both(R):
    def __eq__(self, other):
        return True
    __hash__ = R.__hash__
print(hash(Both(5)) == hash(5))
class ListSub(list):
    pass
try:
    hash(ListSub())
except TypeError as e:
    print("TypeError", e)
class HashableList(list):
    def __hash__(self):
        return 1
print(hash(HashableList([1])), {HashableList([1]): "ok"})
print(type(P.__eq__).__name__, P.__ne__ is object.__ne__)
