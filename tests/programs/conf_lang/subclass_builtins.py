class MyList(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def total(self):
        return sum(self)

m = MyList([1, 2])
m.append(3)
m.extend([4])
print(m, m.total(), type(m).__name__, type(m + [5]).__name__)
print(m[1:3], type(m[1:3]).__name__)


class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = len(key)
        return self[key]

d = DefaultDict(a=1)
print(d["a"], d["hello"], d)
print(d.get("zz", "nope"))
print("zz" in d)


class Money(int):
    def __new__(cls, value, currency="USD"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

a = Money(5)
b = Money(7, "EUR")
print(a, b, a + b, a * 2, type(a * 2).__name__)
print(isinstance(a, int), a == 5, hash(a) == hash(5))


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"

u = Upper("hey")
print(u, repr(u), u.shout(), type(u.shout()).__name__, len(u))
print(u.lower(), type(u.lower()).__name__)


class Bits(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)

print(Bits(1, 2, 3), len(Bits(1, 2)))

class F(float):
    pass
print(F(1.5), F(1.5) + 1, repr(F("2.5")))
