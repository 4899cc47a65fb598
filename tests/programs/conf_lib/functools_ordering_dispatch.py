from functools import total_ordering, singledispatch, cmp_to_key

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("0.9.9")]
print(sorted(vs))
a, b = Version("2.0"), Version("1.5")
print(a > b, a >= b, a <= b, a != b)
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x):
    return f"str {x.upper()}"
for v in [1, "ab", [1, 2], 2.5, True, None]:
    print(describe(v))
print(describe.dispatch(bool).__name__, int in describe.registry)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return cmp(x, y)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(by_len_then_alpha)))
try:
    @total_ordering
    class NoOrd:
        pass
except ValueError as e:
    print('ValueError', e)
