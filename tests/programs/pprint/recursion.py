import pprint
import re

def scrub(s):
    return re.sub(r'id=\d+', 'id=N', s) if 'id=' in s else s

a = [1, 2]
a.append(a)
print(scrub(pprint.pformat(a)))
print(scrub(pprint.saferepr(a)))
print(pprint.isrecursive(a), pprint.isreadable(a))
d = {'self': None, 'list': [1, 2, 3]}
d['self'] = d
print(scrub(pprint.pformat(d)))
print(scrub(pprint.pformat(d, width=10)))
print(pprint.isrecursive(d), pprint.isreadable(d))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isrecursive([1, [2]]))
print(pprint.isreadable(object()), pprint.isreadable({'x': object}))
shared = [1, 2]
print(pprint.pformat([shared, shared]))
print(pprint.isrecursive([shared, shared]))

pp = pprint.PrettyPrinter(width=20, indent=2)
print(pp.pformat({'alpha': [1, 2, 3, 4, 5, 6], 'beta': {'gamma': 'delta' * 5}}))
print(pp.isreadable([1, 2]), pp.isrecursive(a), pp.isreadable(a))
nested = [[[[[['deep']]]]]]
print(pprint.pformat(nested, depth=3))
print(pprint.pformat({'a': {'b': {'c': {}}}}, depth=2))
print(pprint.pformat((1, (2, (3, (4,)))), depth=2))

for kwargs in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


print(pprint.pformat([Point(i, i * i) for i in range(12)]))
print(pprint.isreadable(Point(1, 2)))


class MyDict(dict):
    pass


class MyList(list):
    def __repr__(self):
        return 'MyList!'


print(pprint.pformat(MyDict(zip('abcdefghij', range(10))), width=30))
print(pprint.pformat(MyList(range(50)), width=30))
print(pprint.pformat({1: 'a', 'b': 2, (1, 2): 3, None: 4}))
print(pprint.pformat({3, 'x', 1.5, None}, width=5).count('\n'))


class Subclass(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)


print(Subclass().pformat(['abc', {'k': 'v'}, ('x',)]))
