# types.SimpleNamespace: construction, repr, equality, attribute access.
import types
from types import SimpleNamespace

ns = SimpleNamespace(name="widget", size=3)
print(ns)
print(ns.name, ns.size)
ns.color = "red"
del ns.size
print(ns, sorted(vars(ns)))
print(SimpleNamespace())
print(ns == SimpleNamespace(name="widget", color="red"), ns == SimpleNamespace(name="x"))
print(ns != SimpleNamespace(name="widget", color="red"))
print(ns == {"name": "widget", "color": "red"})
try:
    hash(ns)
except TypeError as e:
    print("TypeError")
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError", e.args[0].split()[-1])

config = SimpleNamespace(**{"debug": True, "level": 2})
config.inner = SimpleNamespace(path="/tmp", items=[1, 2])
print(config)
config.me = config
print(config)


class Sub(SimpleNamespace):
    pass


print(Sub(a=1), Sub(a=1) == SimpleNamespace(a=1))
print(getattr(ns, "name"), hasattr(ns, "color"), ns.__dict__)
print(SimpleNamespace(b=2, a=1))
print(type(ns).__name__, isinstance(ns, types.SimpleNamespace))
