# __init_subclass__ receiving class keyword arguments
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, priority, sorted(kwargs))
class A(Plugin, name="alpha", priority=3):
    pass
class B(Plugin):
    pass
class C(A, priority=9):
    pass
print(sorted(Plugin.registry), C.plugin_name, C.priority, A.priority)
try:
    class D(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Strict:
    def __init_subclass__(cls):
        print("Strict subclass", cls.__name__)
try:
    class E(Strict, flag=True):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class F(object, extra=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Counter:
    subclasses = []
    @classmethod
    def __init_subclass__(cls, **kw):
        Counter.subclasses.append((cls.__name__, kw))
class G(Counter, x=1, y=2):
    pass
class H(G):
    pass
print(Counter.subclasses)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta, tag="t"):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(WithMeta, tag="c"):
    pass
print(type(Child).__name__)
