# class decorators, __init_subclass__, class-level registries
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class One:
    pass
@register
class Two(One):
    pass
print(registry)
class Plugin:
    plugins = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.plugins.append(cls.__name__ + ":" + tag)
class Alpha(Plugin, tag="a"):
    pass
class Beta(Plugin):
    pass
class Gamma(Alpha, tag="g"):
    pass
print(Plugin.plugins, Alpha.tag, Beta.tag, Gamma.tag)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items())
        return cls.__name__ + "(" + fields + ")"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b
print(Rec(1, "x"), [Rec(2, None)])
def total_order(cls):
    cls.__gt__ = lambda s, o: o < s
    cls.__ge__ = lambda s, o: not s < o
    return cls
@total_order
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(N(2) > N(1), N(1) >= N(1), N(1) > N(2))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
