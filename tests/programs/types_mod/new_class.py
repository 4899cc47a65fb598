# types.new_class, prepare_class, resolve_bases, DynamicClassAttribute, coroutine.
import types


def body(ns):
    ns["greeting"] = "hi"
    ns["greet"] = lambda self: f"{self.greeting} from {type(self).__name__}"


Greeter = types.new_class("Greeter", (), {}, body)
print(Greeter.__name__, Greeter().greet())

Child = types.new_class("Child", (Greeter,))
print(Child.__mro__[1].__name__, Child().greet())


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


WithMeta = types.new_class("WithMeta", (), {"metaclass": Meta, "flag": 1})
print(type(WithMeta).__name__, WithMeta.prepared)

meta, ns, kw = types.prepare_class("X", (), {"metaclass": Meta, "other": 2})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class("Y")
print(meta, ns, kw)


class Sub(WithMeta):
    pass


print(type(Sub).__name__)


class Entry:
    def __init__(self, base):
        self.base = base

    def __mro_entries__(self, bases):
        return (self.base,)


class Plain:
    pass


e = Entry(Plain)
print(types.resolve_bases((e, int)) == (Plain, int), types.resolve_bases((int,)))
Made = types.new_class("Made", (e,))
print(Made.__bases__, Made.__orig_bases__[0] is e)


class A:
    pass


class M1(type):
    pass


class M2(type):
    pass


class B(metaclass=M1):
    pass


class D(metaclass=M2):
    pass


try:
    types.new_class("Bad", (B, D))
except TypeError as e:
    print("TypeError", e)


class Color:
    def __init__(self, name):
        self._name = name

    @types.DynamicClassAttribute
    def name(self):
        "The color's name."
        return self._name.upper()

    def __getattr__(self, attr):
        raise AttributeError(attr)


print(Color("red").name)
try:
    Color.name
except AttributeError as e:
    print("AttributeError on class access")
print(Color.__dict__["name"].__doc__)


@types.coroutine
def legacy():
    yield 1


print(list(legacy()))
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
