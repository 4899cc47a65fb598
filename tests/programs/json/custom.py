import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": True, "x": o.x, "y": o.y}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


def as_point(d):
    if d.get("__point__"):
        return Point(d["x"], d["y"])
    return d


shapes = {"triangle": [Point(0, 0), Point(1, 0), Point(0, 1)], "ids": {3, 1, 2}, "z": 1 + 2j}
s = json.dumps(shapes, cls=PointEncoder, sort_keys=True)
print(s)
print(json.loads(s, object_hook=as_point))
print(json.dumps(shapes, cls=PointEncoder, indent=2))

# default= function
def fallback(o):
    if isinstance(o, bytes):
        return o.decode("latin-1")
    raise TypeError(f"cannot serialize {type(o).__name__}")

print(json.dumps({"raw": b"abc", "n": 1}, default=fallback))
try:
    json.dumps({"bad": object()}, default=fallback)
except TypeError as e:
    print("TypeError", e)

# default returning something that itself needs default
print(json.dumps([Point(Point(1, 2), 3)], cls=PointEncoder))

# object_pairs_hook keeps duplicates and order
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
print(pairs)
print(json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=dict, object_hook=lambda d: "ignored"))

# parse_float / parse_int / parse_constant
print(json.loads("[1.10, 2, 3e2]", parse_float=lambda t: ("float", t)))
print(json.loads("[1.10, 2, -3]", parse_int=lambda t: int(t) * 10))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda t: t.lower()))

# a decoder subclass
class UpperDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.upper_keys, **kw)
    def upper_keys(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=UpperDecoder))
dec = json.JSONDecoder()
text = '{"a": 1} {"b": 2}  [3]'
pos = 0
while pos < len(text):
    while text[pos] == " ":
        pos += 1
    obj, pos = dec.raw_decode(text, pos)
    print(obj, pos)

# skipkeys and check_circular
print(json.dumps({"ok": 1, (1, 2): "tuple key", frozenset(): 3}, skipkeys=True))
lst = [1, 2]
print(json.dumps([lst, lst]))  # shared, not circular
print(json.dumps({"a": lst, "b": lst}, check_circular=False))
loop = {"self": None}
loop["self"] = loop
for kwargs in [{}, {"indent": 2}]:
    try:
        json.dumps(loop, **kwargs)
    except ValueError as e:
        print("ValueError", e)

# encoder attributes
enc = json.JSONEncoder(indent=2)
print(repr(enc.item_separator), repr(enc.key_separator), enc.indent, enc.sort_keys)
enc = json.JSONEncoder()
print(repr(enc.item_separator), repr(enc.key_separator), enc.encode({"a": [1, 2]}))
print(json.JSONEncoder(separators=(";", "=")).encode({"a": [1, 2]}))
print(json.JSONEncoder(ensure_ascii=False).encode("ñ"), json.JSONEncoder().encode("ñ"))

for idx in (-1, 5):
    try:
        json.JSONDecoder().raw_decode("1", idx)
    except ValueError as e:
        print(type(e).__name__, e)
