# typical uses: operator tables for a calculator, comparisons chosen at run time, key functions
import operator
from functools import reduce

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    return stack.pop()

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "-7 2 %"]:
    print(e, "=", rpn(e))
try:
    rpn("1 0 /")
except ZeroDivisionError as e:
    print(type(e).__name__, e)

CMP = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt, ">=": operator.ge}
def where(rows, field, op, value):
    get = operator.itemgetter(field)
    test = CMP[op]
    return [r for r in rows if test(get(r), value)]
rows = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cid", "age": 40}]
print(where(rows, "age", ">", 30), where(rows, "name", "==", "bob"))
print([r["name"] for r in sorted(rows, key=operator.itemgetter("age"), reverse=True)])

# reduce with operators: product, concatenation, bit masks, nested lookup
print(reduce(operator.mul, [1, 2, 3, 4, 5], 1), reduce(operator.concat, [[1], [2, 3], []], []))
print(reduce(operator.or_, [1 << i for i in (0, 3, 5)]), reduce(operator.getitem, ["a", "b", 0], {"a": {"b": [42]}}))
print(reduce(operator.and_, [{1, 2, 3}, {2, 3}, {3, 2, 9}]), reduce(operator.xor, [5, 3, 5]))

# map over pairs, truthiness helpers
print(list(map(operator.sub, [10, 20, 30], [1, 2, 3])), list(filter(operator.truth, [0, 1, "", "x", None])))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.not_, [True, 0, []])))
print(list(map(operator.methodcaller("title"), ["ann lee", "bob"])), list(map(operator.attrgetter("imag"), [1j, 2])))
print(operator.countOf([True, 1, 1.0, "1"], 1), operator.indexOf((None, 0, False), False))

# sort by several keys with attrgetter / itemgetter
class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return f"{self.name}({self.grade},{self.age})"
students = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10), Student("ann", "A", 12)]
print(sorted(students, key=operator.attrgetter("grade", "age")))
print(sorted(students, key=operator.attrgetter("age"), reverse=True))
pairs = [(1, "b"), (0, "c"), (1, "a")]
print(sorted(pairs, key=operator.itemgetter(0, 1)), sorted(pairs, key=operator.itemgetter(1)))

# in-place operators through the module, on lists and counters
totals = {}
for word in "the cat and the hat and the bat".split():
    totals[word] = operator.iadd(totals.get(word, 0), 1)
print(sorted(totals.items(), key=operator.itemgetter(1, 0), reverse=True))
acc = []
for chunk in (["a"], ["b", "c"]):
    acc = operator.iadd(acc, chunk)
print(acc)
