# Subclassing builtins: list, dict, int, str, float, tuple, set, Exception with overrides.
class LoggedList(list):
    def append(self, x):
        print("  append", x)
        super().append(x)

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))

    def __len__(self):
        return super().__len__() + 100


ll = LoggedList([1, 2])
ll.append(3)
print(ll, ll[0], len(ll), list(ll), type(ll[:1]).__name__)
ll.extend([4])  # extend does not call append
print(ll, type(ll + [5]).__name__, isinstance(ll, list))
print(sorted(LoggedList([3, 1, 2])), bool(LoggedList()))


class CountDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1


cd = CountDict(a=1)
cd["b"] = 5
print(cd, cd["b"], cd.get("b"), dict(cd))
cd.update(c=10)
print(sorted(cd.items()))


class Money(int):
    def __new__(cls, value, currency="EUR"):
        obj = super().__new__(cls, value)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)


m = Money(5, "USD")
print(m, m + 3, 3 + m, m * 2, type(m * 2).__name__, m == 5, hash(m) == hash(5))
print(isinstance(m, int), int(m), f"{m:>5}", str(m))


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = Upper("hi")
print(u, repr(u), u.shout(), type(u.shout()).__name__, type(u.lower()).__name__, len(u))
print(u == "HI", {u: 1}["HI"], "I" in u)


class Meters(float):
    def __str__(self):
        return f"{float(self)} m"


mt = Meters(2.5)
print(mt, repr(mt), mt + 1, type(mt + 1).__name__, f"{mt:.2f}", round(mt))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


pr = Pair(1, 2)
print(pr, pr.first, len(pr), pr + (3,), type(pr + (3,)).__name__, pr == (1, 2))
a, b = pr
print(a, b)


class TagSet(set):
    def add(self, x):
        super().add(x.lower())


ts = TagSet()
ts.add("A")
ts.add("a")
print(sorted(ts), type(ts | {"z"}).__name__, len(ts))


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


try:
    raise AppError(404, "missing")
except AppError as e:
    print(e, repr(e), e.args, e.code)


class NoInit(Exception):
    pass


print(repr(NoInit(1, 2)), str(NoInit(1, 2)))


class Weird(int):
    def __bool__(self):
        return True


print(bool(Weird(0)), Weird(0) + 0)


class D2(dict):
    def keys(self):
        return ["override"]


print(sorted(dict(D2(a=1))), list(D2(a=1)), {**D2(x=1)})
