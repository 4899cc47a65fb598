import json

data = {
    "name": "Widget",
    "tags": ["a", "b"],
    "price": 9.99,
    "count": 3,
    "active": True,
    "parent": None,
    "dims": {"w": 1.0, "h": 2.5},
    "unicode": "caf\u00e9",
}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
back = json.loads(s)
print(back == data, type(back["count"]).__name__, type(back["price"]).__name__)
print(json.dumps([1, 2.0, 1e20, 1.5e-7, -0.0, 10**20]))
print(json.loads("[1, 2.0, 1e3, -0, 12345678901234567890]"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps((1, 2)), json.dumps("quote\"s\n\ttab"), json.dumps("\u2603"))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
    print(e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("")
except ValueError as e:
    print(e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot encode {type(o).__name__}")

def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

txt = json.dumps({"p": Point(1, 2), "list": [Point(3, 4)]}, default=encode)
print(txt)
obj = json.loads(txt, object_hook=decode)
print(obj["p"].x, obj["list"][0].y)
print(json.dumps(float("nan")), json.dumps(float("inf")))
print(json.loads("NaN"), json.loads('"\\u00e9\\n"'))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, indent=4))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
