# The type names in types match the types of real objects.
import sys
import types


def plain():
    pass


def gen():
    yield 1


class C:
    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass


async def _make_coro():
    return 1


async def _agen():
    yield 1


_coro = _make_coro()
checks = [
    ("FunctionType", plain, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("GeneratorType", gen(), types.GeneratorType),
    ("MethodType", C().method, types.MethodType),
    ("MethodType(cm)", C.cm, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", [].append, types.BuiltinMethodType),
    ("ModuleType", sys, types.ModuleType),
    ("CodeType", plain.__code__, types.CodeType),
    ("NoneType", None, types.NoneType),
    ("EllipsisType", ..., types.EllipsisType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
    ("GenericAlias", list[int], types.GenericAlias),
    ("UnionType", int | str, types.UnionType),
    ("FrameType", sys._getframe(), types.FrameType),
    ("CoroutineType", _coro, types.CoroutineType),
    ("AsyncGeneratorType", _agen(), types.AsyncGeneratorType),
]
_coro.close()
for name, obj, tp in checks:
    print(f"{name:20} {isinstance(obj, tp)}")

print(types.FunctionType is types.LambdaType)
print(isinstance(plain, types.BuiltinFunctionType), isinstance(len, types.FunctionType))
print(types.NoneType.__name__, types.EllipsisType.__name__, types.NotImplementedType.__name__)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)

try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
print(isinstance(tb, types.TracebackType), type(tb).__name__)


def outer():
    v = 1

    def inner():
        return v
    return inner


print(isinstance(outer().__closure__[0], types.CellType))

# MethodType binds a function to an instance
class Counter:
    def __init__(self):
        self.n = 0


def bump(self, k=1):
    self.n += k
    return self.n


c = Counter()
c.bump = types.MethodType(bump, c)
print(c.bump(), c.bump(5), c.bump.__self__ is c, c.bump.__func__ is bump)

# ModuleType creates module objects
m = types.ModuleType("plugins", "Plugin registry.")
m.registry = {"a": 1}
print(m.__name__, m.__doc__, m.registry, isinstance(m, types.ModuleType))
m2 = types.ModuleType("bare")
print(m2.__doc__, m2.__name__)

# GenericAlias can be built directly
ga = types.GenericAlias(dict, (str, int))
print(ga, ga.__origin__, ga.__args__, ga == dict[str, int])
print((int | None).__args__)

# MappingProxyType: a read-only view of a mapping (what class __dict__ returns)
settings = {"debug": False}
view = types.MappingProxyType(settings)
print(view["debug"], len(view), list(view), "debug" in view, view.get("x", "-"), repr(view))
settings["debug"] = True
print(view["debug"], isinstance(type.__dict__, types.MappingProxyType), view.copy() == settings)
try:
    view["debug"] = 0
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError", e)
