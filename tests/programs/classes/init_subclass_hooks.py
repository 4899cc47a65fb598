# __init_subclass__, __set_name__, __class_getitem__ and class creation order
class Registry:
    subclasses = []
    def __init_subclass__(cls, tag="none", **kw):
        print("init_subclass", cls.__name__, tag)
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry):
    pass
class B(Registry, tag="bee"):
    pass
class C(B):
    pass
print(Registry.subclasses, A.tag, B.tag, C.tag)
try:
    class D(Registry, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return "field " + self.name
class Model:
    first = Field()
    second = Field()
    print("end of Model body")
print(Model().first, Model.second.name)
f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, "name"))
class Gen:
    def __class_getitem__(cls, item):
        return "Gen[%r]" % (item,)
print(Gen[int], Gen[1, 2])
try:
    object[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...])
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    x = 1
    def __init__(self, v):
        print("WithMeta.__init__", v)
w = WithMeta(5)
print(type(WithMeta).__name__, type(w).__name__)
class Sub(WithMeta):
    y = 2
