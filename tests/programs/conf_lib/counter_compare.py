from collections import Counter, OrderedDict, defaultdict, UserDict

inventory = Counter(apple=3, pear=2)
expected = {"apple": 3, "pear": 2}
print(inventory == expected, expected == inventory, inventory != expected)
print(Counter("listen") == Counter("silent"), Counter("abc") == {"a": 1, "b": 1, "c": 1})
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1, b=0) == {"a": 1})
print(Counter("aab") <= Counter("aabb"), Counter("aabb") >= Counter("ab"), Counter("ab") < Counter("ab"))
def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())
print(is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
od = OrderedDict(a=1, b=2)
print(od == {"b": 2, "a": 1}, {"b": 2, "a": 1} == od, od == OrderedDict(b=2, a=1))
dd = defaultdict(int, a=1)
print(dd == {"a": 1}, {"a": 1} == dd)
ud = UserDict(a=1)
print(ud == {"a": 1}, {"a": 1} == ud)
class Money(int):
    def __eq__(self, other):
        if isinstance(other, Money):
            return int(self) == int(other)
        return NotImplemented
    __hash__ = int.__hash__
print(Money(5) == 5, 5 == Money(5), Money(5) == Money(5), Money(5) != 5)
class Row(list):
    def __eq__(self, other):
        if isinstance(other, tuple):
            return list(self) == list(other)
        return NotImplemented
print(Row([1, 2]) == (1, 2), Row([1, 2]) == [1, 2], [1, 2] == Row([1, 2]), (1, 2) == Row([1, 2]))
print([Counter("ab")] == [{"a": 1, "b": 1}], {"k": Counter("a")} == {"k": {"a": 1}})
print(Counter("ab") in [{"a": 1, "b": 1}], [{"a": 1}].index(Counter("a")), [{"a": 1}].count(Counter("a")))
