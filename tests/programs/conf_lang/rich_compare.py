class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print("A.__gt__")
        return self.v > other.v
    def __repr__(self):
        return f"A({self.v})"

class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("B.__gt__")
        return self.v > other.v

print(A(1) < B(2))
print(B(2) > A(1))
print(A(1) < A(2))
try:
    A(1) <= A(2)
except TypeError as e:
    print("TypeError:", e)

class E:
    def __eq__(self, other):
        print("E.__eq__")
        return NotImplemented

print(E() == E())
x = E()
print(x == x, x != x)

class Sub(A):
    def __gt__(self, other):
        print("Sub.__gt__")
        return True

print(A(1) < Sub(0))

class Q:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return self.v > other.v
print([q.v for q in sorted([Q(2), Q(1), Q(3)])])
print(sorted([3, 1, 2], reverse=True), max([A(1), A(5), A(3)], key=lambda a: a.v))
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None > None
except TypeError as e:
    print("TypeError:", e)
print((1, 2, 3) < (1, 2, 4), [1, 2] < [1, 2, 0], "abc" < "abd", (1, "a") < (1, "b"))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 < 2)
