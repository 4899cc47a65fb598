# instance vs class attributes
class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(Counter.shared, a.shared is b.shared)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
print(sorted(a.__dict__), sorted(k for k in Counter.__dict__ if not k.startswith("__")))
b.__dict__["extra"] = 42
print(b.extra)
class Config:
    debug = False
    level = 1
c = Config()
print(c.debug, getattr(c, "level"), getattr(c, "nothing", "dflt"))
setattr(Config, "level", 5)
print(c.level)
Config.new_attr = "added later"
print(c.new_attr)
try:
    del c.level
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Config.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Config):
    level = 9
print(Sub().level, Sub().debug, Sub.new_attr)
