class V:
    def __init__(self, *c):
        self.c = list(c)

    def __repr__(self):
        return f"V{tuple(self.c)}"

    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, V):
            return V(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[a + other for a in self.c])
        return NotImplemented

    def __radd__(self, other):
        print("__radd__", other)
        return self.__add__(other)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(*[a * k for a in self.c])

    __rmul__ = __mul__

    def __iadd__(self, other):
        print("__iadd__", other)
        self.c = [a + other for a in self.c]
        return self

    def __neg__(self):
        return V(*[-a for a in self.c])

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))


a = V(1, 2)
b = V(3, 4)
print(a + b)
print(a + 1)
print(10 + a)
print(sum([a, b]))
print(3 * a, a * 2)
print(-a, a @ b)
c = a
c += 5
print(c, a, c is a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)


class Sub(V):
    def __radd__(self, other):
        print("Sub.__radd__")
        return "sub wins"

print(V(1) + Sub(2))

class NoIAdd:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return NoIAdd(self.n + o)

x = NoIAdd(1)
y = x
x += 2
print(x.n, y.n, x is y)

class Pw:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw())
print(divmod(7, -2), divmod(-7.5, 2), 7 // -2, -7 % 3, 7 % -3)
