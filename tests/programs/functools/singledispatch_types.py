# singledispatch: register by explicit type, by annotation, union types, MRO and ABC dispatch,
# registry/dispatch(), the error messages
import functools
import collections.abc as cabc


class Money:
    def __init__(self, v):
        self.v = v


@functools.singledispatch
def show(obj):
    return f"object:{obj!r}"


@show.register
def _(obj: int):
    return f"int:{obj}"


@show.register(float)
def _(obj):
    return f"float:{obj:.2f}"


@show.register
def _(obj: list):
    return "list[" + ", ".join(show(x) for x in obj) + "]"


def show_str(obj):
    return f"str:{obj.upper()}"


print(show.register(str, show_str) is show_str)
print(show(3), show(2.5), show("hi"), show([1, 2.0, "x"]), show(None))
print(show(True))  # bool -> int through the MRO


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@show.register
def _(obj: Animal):
    return "animal"


@show.register
def _(obj: Dog):
    return "dog"


print(show(Animal()), show(Dog()), show(Puppy()))
print(show.dispatch(Puppy).__name__ == '_', show.dispatch(object) is show.registry[object])
print(show.dispatch(bool) is show.registry[int])
print(len(show.registry), sorted(k.__name__ for k in show.registry.keys()))
print(show.__name__, show.__wrapped__.__name__)


@functools.singledispatch
def kind(obj):
    return "other"


@kind.register
def _(obj: cabc.Mapping):
    return "mapping"


@kind.register
def _(obj: cabc.Sequence):
    return "sequence"


@kind.register(cabc.Set)
def _(obj):
    return "set"


print(kind({}), kind([]), kind((1,)), kind("s"), kind({1}), kind(frozenset()), kind(3))
print(kind(range(3)), kind(collections_od := __import__('collections').OrderedDict()))


class Deck:
    def __len__(self):
        return 52

    def __getitem__(self, i):
        return i


print(kind(Deck()))
cabc.Sequence.register(Deck)
print(kind(Deck()))  # the ABC registration invalidates the dispatch cache


@functools.singledispatch
def num(x):
    return "?"


@num.register
def _(x: int | float):
    return "real"


@num.register(complex | Money)
def _(x):
    return "other number"


print(num(1), num(1.5), num(2j), num(Money(1.5)), num("1"))


@functools.singledispatch
def amb(x):
    return "base"


amb.register(cabc.Container, lambda x: "container")
amb.register(cabc.Iterable, lambda x: "iterable")
try:
    amb({})
except RuntimeError as e:
    print("RuntimeError", e)
amb.register(dict, lambda x: "dict")
print(amb({}))

for bad in [lambda: show.register(3, len),
            lambda: show.register("notaclass"),
            lambda: show.register(lambda x: x)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", str(e).split(' at 0x')[0].split('<function')[0])


def bad_ann2(x: 3):
    pass


try:
    show.register(bad_ann2)
except TypeError as e:
    print("TypeError", e)
try:
    show()
except TypeError as e:
    print("TypeError", e)

obj = functools.singledispatch(len)
print(obj("abc"), obj.register(list, lambda x: -1)([1]))


@functools.singledispatch
def area(shape, scale=1):
    raise NotImplementedError(f"cannot compute area of {type(shape).__name__}")


@area.register
def _(shape: tuple, scale=1):
    w, h = shape
    return w * h * scale


@area.register
def _(shape: int, scale=1):
    return shape * shape * scale


print(area((2, 3)), area(4, scale=2))
try:
    area("circle")
except NotImplementedError as e:
    print("NotImplementedError", e)

# a user-defined ABC: virtual subclasses registered later are dispatched to it
import abc


class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


@functools.singledispatch
def load(obj):
    return "generic"


@load.register
def _(obj: Plugin):
    return "plugin"


class Legacy:
    pass


print(load(Legacy()))
Plugin.register(Legacy)
print(load(Legacy()), load(3))
