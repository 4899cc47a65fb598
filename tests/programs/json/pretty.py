import json

config = {
    "server": {"host": "localhost", "port": 8080, "debug": False},
    "users": [
        {"name": "alice", "roles": ["admin", "dev"], "active": True},
        {"name": "bob", "roles": [], "active": False, "meta": {}},
    ],
    "limits": [1, 2.5, None],
    "version": "1.0",
}

print(json.dumps(config, indent=4))
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config, indent="\t", sort_keys=True))
print(json.dumps(config, indent="--"))
print(json.dumps(config, indent=0))
print(json.dumps(config, indent=1, separators=(",", " = ")))
print(json.dumps(config, indent=2, separators=(", ", ": ")))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=2))
print(json.dumps([1, [2, [3, [4]]]], indent=2))
print(json.dumps({"a": [{"b": [{}]}]}, indent=3))
print(json.dumps("just a string", indent=2))
print(json.dumps({"é": "ü"}, indent=2, ensure_ascii=False))

# iterencode chunks as CPython's pure-Python encoder yields them
enc = json.JSONEncoder(indent=2)
print(list(enc.iterencode({"k": [1, "two", {"three": 3}], "e": []})))
print(list(json.JSONEncoder().iterencode([1, {"a": None}, [True, 2.5]])))
print(list(json.JSONEncoder(sort_keys=True).iterencode({"b": [], "a": "x"})))


class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

w = Writer()
json.dump(config, w, indent=2, sort_keys=True)
print("".join(w.parts) == json.dumps(config, indent=2, sort_keys=True), len(w.parts) > 1)
w = Writer()
json.dump([1, 2, {"x": "y"}], w)
print("".join(w.parts))


class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

print(json.load(Reader('{"loaded": [1, 2, 3]}')))
print(json.load(Reader('[1.5, "x"]'), parse_float=str))
