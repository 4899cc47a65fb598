from operator import itemgetter, attrgetter, methodcaller
import operator

rows = [{"name": "ann", "age": 31, "dept": "ops"}, {"name": "bob", "age": 25, "dept": "dev"}, {"name": "cy", "age": 31, "dept": "dev"}]
print(sorted(rows, key=itemgetter("age", "name")))
g = itemgetter(1)
print(g("abc"), g([10, 20]))
print(itemgetter(0, 2)("xyz"))
print(itemgetter(slice(1, 3))("abcdef"))
print(repr(itemgetter(1, "a")))
class Emp:
    def __init__(self, name, boss=None):
        self.name = name
        self.boss = boss
e = Emp("e", Emp("b", Emp("ceo")))
print(attrgetter("boss.boss.name")(e))
print(attrgetter("name", "boss.name")(e))
print(repr(attrgetter("boss.name")))
m = methodcaller("replace", "a", "o")
print(m("banana"), repr(m))
print(methodcaller("split")("a b  c"))
print(list(map(methodcaller("upper"), ["x", "y"])))
try:
    attrgetter("missing")(e)
except AttributeError as ex:
    print("AttributeError", ex)
try:
    itemgetter(5)([1])
except IndexError as ex:
    print("IndexError", ex)
print(operator.add(2, 3), operator.neg(4), operator.truth([]), operator.contains([1, 2], 2))
print(operator.concat([1], [2]), operator.getitem("abc", 1), operator.index(7))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9); operator.delitem(lst, 1)
print(lst)
print(operator.iadd([1], [2]), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.is_(None, None), operator.is_not(1, None), operator.not_(0))
print(operator.lt(1, 2), operator.ge(1, 2), operator.and_(6, 3), operator.xor(6, 3), operator.inv(5))
try:
    operator.index(2.5)
except TypeError as ex:
    print("TypeError", ex)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5))
