class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls
        return cls

class Plugin(metaclass=Registry):
    def run(self):
        return f"{type(self).__name__} running"

class Alpha(Plugin):
    pass

class Beta(Plugin):
    def run(self):
        return super().run().upper()

print(sorted(Registry.classes), [Registry.classes[k]().run() for k in sorted(Registry.classes)])
print(type(Alpha).__name__, isinstance(Alpha, Registry), type(Registry))

class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)

class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self):.1f}°C"
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c + 1).__name__, isinstance(c, float))

Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point at {self.x}"})
p = Point()
p.x = 5
print(p.describe(), Point.__name__, type(p).__mro__)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("hello"), Upper("ab") + "c", len(Upper("xyz")), type(Upper("q")).__name__)

class Meta(type):
    def __call__(cls, *args, **kw):
        print(f"Meta.__call__ {cls.__name__} {args}")
        return super().__call__(*args, **kw)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Thing(metaclass=Meta):
    def __init__(self, a):
        self.a = a
t = Thing(3)
print(t.a, Thing, [Thing])
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
st = Stack([1, 2])
st.push(3)
print(st, st.peek(), len(st), type(st[:2]).__name__, st == [1, 2, 3])
class DefaultDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
dd = DefaultDict(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), dd)
