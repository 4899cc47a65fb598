import json
from dataclasses import dataclass, asdict
from datetime import date

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
doc = {"when": date(2024, 5, 6), "ids": {3, 1, 2}, "n": 1}
print(json.dumps(doc, cls=Enc))
print(json.dumps(doc, cls=Enc, indent=1, sort_keys=True))
try:
    json.dumps({"x": object}, cls=Enc)
except TypeError as e:
    print("TypeError", e)
@dataclass
class User:
    name: str
    roles: list
u = User("amy", ["admin"])
s = json.dumps(asdict(u))
print(s, User(**json.loads(s)))
e = json.JSONEncoder(sort_keys=True, separators=(",", "="))
print(e.encode({"b": [1, 2], "a": None}))
print(list(json.JSONEncoder().iterencode([1, {"a": "b"}])))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.decode(' [true] '))
class Money:
    def __init__(self, cents):
        self.cents = cents
def hook(d):
    if "cents" in d:
        return Money(d["cents"])
    return d
obj = json.loads('{"price": {"cents": 250}, "name": "x"}', object_hook=hook)
print(type(obj["price"]).__name__, obj["price"].cents, obj["name"])
print(json.dumps("\u2603\U0001F600"), json.dumps("\x7f\x1f"))
print(json.dumps({"a": [1, 2, {"b": []}]}, indent=3))
print(json.dumps(3.0), json.dumps(1e-5), json.dumps(123456789012345.6), json.dumps(True), json.dumps([None]))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads("1" * 30), json.loads("1.0000000000000001"), json.loads("-1e400"))
import io
buf = io.StringIO()
json.dump([1, "two"], buf)
buf.seek(0)
print(buf.getvalue(), json.load(buf))
class IntStr(int):
    pass
print(json.dumps([IntStr(5)]), json.dumps({"k": float("inf")}))
