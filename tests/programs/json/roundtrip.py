import json

data = {
    "name": "Widget",
    "id": 1234,
    "price": 19.99,
    "tags": ["tools", "hardware", "sale"],
    "dims": {"w": 2.5, "h": 10, "d": 0.1},
    "in_stock": True,
    "discontinued": False,
    "notes": None,
    "ratio": 1 / 3,
    "big": 2 ** 70,
    "neg": -17,
    "tiny": 1e-10,
    "huge": 1.5e300,
    "unicode": "caf\u00e9 \u2713 \u4e2d\u6587",
    "escapes": "quote\" backslash\\ slash/ tab\t nl\n cr\r bell\x07",
    "emoji": "\U0001f600",
    "empty": {"list": [], "dict": {}, "str": ""},
    "tuple": (1, 2, (3, 4)),
}

s = json.dumps(data)
print(s)
back = json.loads(s)
print(back == {**data, "tuple": [1, 2, [3, 4]]})
print(sorted(back))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.loads(json.dumps(data, ensure_ascii=False)) == back)

# floats round-trip exactly and print like repr()
for x in [0.1, 0.5, 1.0, -0.0, 1e16, 1.5e-7, 123456789.123, 3.141592653589793, 1e22, 2.0 ** 60, 5e-324]:
    t = json.dumps(x)
    print(t, json.loads(t) == x, repr(json.loads(t)))

# ints of all sizes
for n in [0, -1, 2 ** 31, -(2 ** 63), 10 ** 30, True, False]:
    print(json.dumps(n), repr(json.loads(json.dumps(n))))

# keys are converted to strings
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e", -3: "f"}))
print(json.loads(json.dumps({1: "a", 2: "b"})))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))

# nested structures
nested = [[[[[]]]], {"a": {"b": {"c": [1, {"d": None}]}}}]
print(json.dumps(nested))
print(json.loads(json.dumps(nested)) == nested)

# top-level scalars
for v in ["text", 42, 3.5, None, True, [], {}]:
    print(repr(json.dumps(v)), repr(json.loads(json.dumps(v))))

# NaN and infinities are accepted by default
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
vals = json.loads("[NaN, Infinity, -Infinity]")
print([str(v) for v in vals])

# int and float subclasses encode as their base values
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
print(json.dumps([MyInt(5), MyFloat(2.5), {MyInt(7): MyFloat(0.25)}]))
