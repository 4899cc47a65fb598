from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
    def __repr__(self):
        return f"Circle({self.center}, {self.r})"

def describe(obj):
    match obj:
        case 0 | 1 as small:
            return f"small int {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return f"number {obj}"
        case "quit" | "exit":
            return "command"
        case str(s):
            return f"string of length {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [first, *rest] if isinstance(first, str):
            return f"starts with str {first!r}, rest {rest}"
        case (a, b, *_):
            return f"sequence beginning {a}, {b}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"mapping type {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(x=cx), r=2):
            return f"radius-2 circle at x={cx}"
        case Circle(_, r):
            return f"circle r={r}"
        case None:
            return "none"
        case _:
            return f"other {type(obj).__name__}"

tests = [0, 1, -5, 7, 2.5, "quit", "hello", [], [9], ["a", 1, 2], (1, 2, 3),
         {"type": "user", "name": "bo", "age": 3}, {"type": "x", "k": 1},
         Point(0, 0), Point(0, 4), Point(2, 3), Circle(Point(1, 1), 2),
         Circle(Point(5, 5), 9), None, {1, 2}, "q", b"bytes", (1,)]
for t in tests:
    print(repr(t), "->", describe(t))

RED = "red"
class Colors:
    RED = "r"
match "r":
    case Colors.RED:
        print("matched dotted constant")
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("partial mapping matches")
match "abc":
    case [*chars]:
        print("str is a sequence?", chars)
    case _:
        print("str is not a sequence pattern")
try:
    match Point(1, 2):
        case Circle(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
