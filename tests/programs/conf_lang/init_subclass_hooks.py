class Registry:
    plugins = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Registry.plugins.append(cls.plugin_name)
        print("registered", cls.__name__, cls.plugin_name)


class Alpha(Registry):
    pass


class Beta(Registry, name="bee"):
    pass


class Gamma(Beta):
    pass


print(Registry.plugins)
print(Gamma.plugin_name)

try:
    class Bad(Registry, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init_subclass__(cls, **kw):
        print("Base hook", cls.__name__, sorted(kw.items()))


class Mid(Base, flag=1):
    def __init_subclass__(cls, **kw):
        print("Mid hook", cls.__name__)
        super().__init_subclass__(**kw)


class Leaf(Mid, flag=2, other=3):
    pass


class GetItem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(GetItem[int])
print(GetItem["x", 1])
print(list[int], dict[str, list[int]])
print(type(list[int]).__name__)
