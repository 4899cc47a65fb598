import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, s, d)
print(s[1] is a[1], d[1] is a[1])
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is cyc, len(cc))
dd = {"self": None}
dd["self"] = dd
print(copy.deepcopy(dd)["self"]["self"] is not dd)
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
root = Node(1)
root.kids.append(Node(2))
r2 = copy.deepcopy(root)
r2.kids[0].v = 20
print(root, r2)
class Custom:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.x)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.x, memo))
c = Custom([1])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.x is c.x, c2.x is c.x, c2.x)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1])
print(copy.copy(5), copy.deepcopy("str"), copy.copy({1, 2}), copy.copy(frozenset()))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = [2]
sc = copy.deepcopy(Slotted())
print(sc.a, sc.b)
print(copy.replace if hasattr(copy, "replace") else "no replace")
