import types

class Config:
    _defaults = {"debug": False, "level": 3}

    @classmethod
    @property
    def keys(cls):
        return sorted(cls._defaults)

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def validate(level):
        return 0 <= level <= 5

print(Config.keys, Config().keys)
print(Config.create().__class__.__name__, Config.validate(3), Config().validate(9))
print(type(Config.__dict__["create"]).__name__, type(Config.__dict__["validate"]).__name__)

sm = staticmethod(lambda: 1)
print(callable(sm), sm())
cm = classmethod(lambda cls: cls.__name__)
class E:
    f = cm
print(E.f(), cm.__func__(E), type(cm.__get__(None, E)).__name__)

class W:
    def method(self):
        return self
w = W()
bound = W.method.__get__(w, W)
print(bound() is w, W.method.__get__(None, W) is W.method)

def free(self):
    return "free bound to " + type(self).__name__
w.free = types.MethodType(free, w)
print(w.free())

class Prop:
    x = property()
for action in ("get", "set", "del"):
    try:
        if action == "get":
            Prop().x
        elif action == "set":
            Prop().x = 1
        else:
            del Prop().x
    except AttributeError as e:
        print(action, "AttributeError:", e)

def getter(self):
    "getter doc"
    return 5
print(property(getter).__doc__, property(lambda s: 1, doc="explicit").__doc__)
