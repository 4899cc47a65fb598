# match: sequence patterns (star), mapping patterns (**rest), nested patterns.
def seq(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} middle={middle}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [*_, "end"]:
            return "ends with end"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case _:
            return "no match"


for v in [[], [1], (1, 2), [1, 2, 3, 4, 5], [0, 9, 9, 9], ["a", "b", "c", "end"], (7, 8, 9),
          "ab", b"ab", range(2), {1, 2}, {"a": 1}, iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))


def mapping(cfg):
    match cfg:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} extra={rest}"
        case {"type": str() as t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for c in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red"},
          {"type": "hex"}, {"other": 1}, [("type", "point")], {"type": 7}]:
    print(c, "->", mapping(c))


class LoggingDict(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)


print(mapping(LoggingDict(type="point", x=0, y=0)))


def nested(v):
    match v:
        case {"items": [{"id": int(i)}, *others]}:
            return f"first id {i}, {len(others)} more"
        case [[a, b], [c, d]]:
            return f"matrix {a + d} {b + c}"
        case [("x" | "y") as axis, int() | float() as amount]:
            return f"{axis} by {amount}"
        case _:
            return "nothing"


print(nested({"items": [{"id": 3}, {}, {}]}))
print(nested([[1, 2], [3, 4]]))
print(nested(["y", 2.5]), nested(["z", 1]), nested({"items": []}))


def star_tuple(v):
    match v:
        case (1, *rest):
            return rest
        case _:
            return None


print(star_tuple((1, 2, 3)), star_tuple([1]), star_tuple("1"))
from collections import OrderedDict
print(mapping(OrderedDict(type="circle", r=1)))
