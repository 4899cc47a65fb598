import json

data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "score": 9.5, "nested": {"z": 1, "a": [1, {"x": 2}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps("héllo ☃"))
print(json.dumps("héllo ☃", ensure_ascii=False))
print(json.dumps([1, 2, [3, []], {}], indent="\t"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
print(json.dumps({"s": {3, 1}}, default=sorted))
print(json.dumps((1, 2)), json.dumps("a\"b\\c\n\t"))
print(json.dumps(10**20), json.dumps(1e20), json.dumps(0.1), json.dumps(-0.0))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
