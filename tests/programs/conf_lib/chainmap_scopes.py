from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"])
print(cm)
print(len(cm), sorted(cm))
cm["color"] = "blue"
print(cli, defaults)
child = cm.new_child({"x": 1})
print(child.maps[0], child["x"], child["user"])
print(child.parents == cm)
del cm["color"]
print(cm["color"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
print(dict(cm))
print(list(ChainMap({"a": 1}, {"b": 2, "a": 3}).items()))
print(ChainMap())
c2 = ChainMap({"k": 1}) | {"m": 2}
print(c2)
print("user" in cm, cm.get("nope", 0))
try:
    ChainMap({})["q"]
except KeyError as e:
    print("KeyError", e)
print(cm.pop("zzz", "dflt"))
