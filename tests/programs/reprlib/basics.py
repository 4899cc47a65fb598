import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset([3, 1, 2])))
print(reprlib.repr(frozenset()), reprlib.repr({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}))
print(reprlib.repr({}), reprlib.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(reprlib.repr('x' * 100))
print(reprlib.repr('short'))
print(reprlib.repr(2 ** 200))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({3, 'a', 1}) in ("{1, 3, 'a'}", "{3, 1, 'a'}", "{'a', 1, 3}", "{1, 'a', 3}", "{3, 'a', 1}", "{'a', 3, 1}"))


class Big:
    def __repr__(self):
        return 'Big(' + 'z' * 50 + ')'


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(reprlib.repr(Big()))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = '+++'
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]))
print(r.maxtuple, r.maxdict, r.maxset, r.maxlong, r.maxother)


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return 'int:%d' % x


print(MyRepr().repr([1, 2, (3, 4)]))


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)


a = Node(1)
b = Node(2)
a.children.append(b)
b.children.append(a)
print(a)
print(Node.__repr__.__name__)


class Loop(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Loop(' + ', '.join(repr(x) for x in self) + ')'


l = Loop([1, 2])
l.append(l)
print(repr(l))
