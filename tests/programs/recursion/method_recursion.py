# recursion through methods, properties and special methods
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def length(self):
        return 1 if self.next is None else 1 + self.next.length()
    def total(self):
        return self.value + (self.next.total() if self.next else 0)
head = None
for i in range(500):
    head = Node(i, head)
print(head.length(), head.total())
class Loop:
    def run(self):
        return self.run()
try:
    Loop().run()
except RecursionError as e:
    print(type(e).__name__, e)
class BadProp:
    @property
    def value(self):
        return self.value
try:
    BadProp().value
except RecursionError as e:
    print("property:", type(e).__name__)
class BadGetattr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    BadGetattr().attr
except RecursionError as e:
    print("__getattr__:", type(e).__name__)
class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1), Tree(depth - 1)] if depth else []
    def count(self):
        return 1 + sum(k.count() for k in self.kids)
print(Tree(8).count())
