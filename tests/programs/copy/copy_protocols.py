# __copy__/__deepcopy__, __reduce_ex__ state, __getstate__/__setstate__, slots, subclasses.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.history = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, history={self.history})"


p = Point(1, 2)
p.history.append("created")
q = copy.copy(p)
r = copy.deepcopy(p)
p.history.append("moved")
print(q, q.history is p.history)
print(r, r.history is p.history)
print(type(q).__name__, q is p)


class Custom:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.value)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return Custom(copy.deepcopy(self.value, memo))


c = Custom([1, 2])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.value is c.value, c2.value is c.value, c2.value)


class Stateful:
    def __init__(self):
        self.data = [1]
        self.cache = "expensive"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("__setstate__ with", sorted(state))
        self.__dict__.update(state)
        self.cache = "rebuilt"


s2 = copy.deepcopy(Stateful())
print(s2.data, s2.cache)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


sl = Slotted([1])
sl2 = copy.deepcopy(sl)
sl3 = copy.copy(sl)
print(sl2.a, sl2.a is sl.a, sl3.a is sl.a, hasattr(sl2, "b"))


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.note = "attr"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.note, ml2[1] is ml[1])
md = MyDict(a=[1])
md2 = copy.copy(md)
print(type(md2).__name__, md2, md2["a"] is md["a"])


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is kid)
print(root2.children[0].children[0].parent is root2.children[0])


class Temp:
    def __init__(self, v):
        self.v = v


def reduce_temp(t):
    print("reduce_temp called")
    return Temp, (t.v * 2,)


copyreg.pickle(Temp, reduce_temp)
print(copy.copy(Temp(5)).v)
del copyreg.dispatch_table[Temp]


class Uncopyable:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot copy this")


try:
    copy.deepcopy(Uncopyable())
except TypeError as e:
    print("TypeError", e)


class StrReduce:
    def __reduce__(self):
        return "GLOBAL_NAME"


sr = StrReduce()
print(copy.copy(sr) is sr, copy.deepcopy(sr) is sr)


class Method:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self


m = Method()
bound = copy.deepcopy(m.add)
bound(1)
print(m.items, bound.__self__.items, bound.__self__ is m)
