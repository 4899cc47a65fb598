# match: class patterns with __match_args__, keyword patterns, builtins, value (dotted) patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Color:
    RED = "red"
    GREEN = "green"


class NoArgs:
    pass


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "p"]:
    print(where(p))


def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"


print(color("red"), color("green"), color("blue"))


def builtin_types(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict(d):
            return f"dict {len(d)}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return "other"


print([builtin_types(v) for v in [True, 3, 2.5, "s", [9, 8], {"a": 1}, (1, 2), (1,)]])


def too_many(v):
    match v:
        case Point(1, 2, 3):
            return "impossible"
    return "unreachable"


try:
    too_many(Point(1, 2))
except TypeError as e:
    print("TypeError", e)


def no_match_args(v):
    match v:
        case NoArgs(a):
            return a
    return None


try:
    no_match_args(NoArgs())
except TypeError as e:
    print("TypeError", e)
print("kw on NoArgs:", end=" ")
obj = NoArgs()
obj.k = 4
match obj:
    case NoArgs(k=val):
        print(val)
match Point(1, 2):
    case Point(missing=1):
        print("no")
    case Point(y=2):
        print("missing attribute just fails to match")
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print("TypeError", e)


class BadArgs:
    __match_args__ = ["x"]


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError", e)
