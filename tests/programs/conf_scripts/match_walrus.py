def handle(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return f"unknown: {cmd!r}"

for c in ["go north", "take lamp key", "take", "exit", "", "dance now"]:
    print(handle(c))

def shape(obj):
    match obj:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={rest}"
        case (x, y):
            return f"point {x},{y}"
        case int(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case str() as s:
            return f"string {s}"
        case None:
            return "none"
    return "no match"

for o in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2, "c": 3}, (1, 2), [3, 4], -5, 2.5, "hi", None, {1, 2}]:
    print(shape(o))

from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0):
            return "y-axis"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "elsewhere"
print([where(Point(a, b)) for a, b in [(0, 0), (0, 5), (3, 3), (1, 2)]])

data = [5, 12, 7, 20, 3]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
import re
lines = ["id=7", "nothing", "id=42"]
for line in lines:
    if (m := re.match(r"id=(\d+)", line)):
        print("found", int(m.group(1)))
chunks = iter(range(10))
while (chunk := [v for _, v in zip(range(3), chunks)]):
    print(chunk)
