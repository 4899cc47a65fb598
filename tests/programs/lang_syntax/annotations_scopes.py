# __annotations__ on functions, classes and modules; evaluation order and scoping.
import sys

order = []


def note(tag):
    order.append(tag)
    return tag


module_var: note("module-ann") = 1
only_annotated: int
print(__annotations__)
print("only_annotated" in globals())


def func(a: note("a"), b: "str-ann" = 2, *args: note("args"), c: int, **kw: dict) -> note("ret"):
    local: int = 5
    return local


print(order)
print(func.__annotations__)
print(func(1, c=2))


def no_ann(x):
    pass


print(no_ann.__annotations__, type(no_ann.__annotations__).__name__)


class Model:
    name: str
    age: int = 0
    tags: "list[str]"

    def method(self) -> None:
        pass


print(Model.__annotations__, Model.age)
print("name" in Model.__dict__, hasattr(Model, "name"))
try:
    Model.name
except AttributeError as e:
    print("AttributeError", e)


class Child(Model):
    extra: float


print(Child.__annotations__)


class Empty:
    pass


print(getattr(Empty, "__annotations__", "missing"))
func.__annotations__ = {"changed": True}
print(func.__annotations__)


def in_function():
    x: int
    y: str = "s"
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    return y


print(in_function())

obj_store = {}
obj_store["key"]: int = 7


class Holder:
    pass


h = Holder()
h.attr: str = "val"
print(obj_store, h.attr)
print(sorted(__annotations__))
print(Model.method.__annotations__)
print((lambda: 0).__annotations__)
print(sys.modules[__name__].__annotations__ is __annotations__)
tuple_ann: tuple[int, ...] = (1,)
print(__annotations__["tuple_ann"])
