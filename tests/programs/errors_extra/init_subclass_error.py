# an error raised by __init_subclass__ while a class statement executes
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key, **kwargs):
        super().__init_subclass__(**kwargs)
        if key in Plugin.registry:
            raise TypeError(f"duplicate plugin key {key!r}")
        Plugin.registry[key] = cls

class Csv(Plugin, key="csv"):
    pass

class Json(Plugin, key="json"):
    pass

print(sorted(Plugin.registry))

class Csv2(Plugin, key="csv"):
    pass
