# Class attributes, instances and refcounts
import sys

token = object()
b0 = sys.getrefcount(token)

class Config:
    default = token
    options = [token]

print("class attr + list:", sys.getrefcount(token) - b0)
cfg = Config()
print("instance shares class attr:", sys.getrefcount(token) - b0, cfg.default is token)
cfg.default = token
print("instance attribute shadows:", sys.getrefcount(token) - b0)
del cfg.default
print("instance attribute deleted:", sys.getrefcount(token) - b0)
Config.default = None
print("class attribute rebound:", sys.getrefcount(token) - b0)

class Sub(Config):
    extra = token

print("subclass attr:", sys.getrefcount(token) - b0)
del Sub
import gc
gc.collect()
print("subclass deleted and collected:", sys.getrefcount(token) - b0)

cb0 = sys.getrefcount(Config)
objs = [Config() for _ in range(4)]
print("instances reference their class:", sys.getrefcount(Config) - cb0)
del objs
print("instances gone:", sys.getrefcount(Config) - cb0)

class WithSlots:
    __slots__ = ("a", "b")

ws = WithSlots()
ws.a = token
ws.b = token
print("slots:", sys.getrefcount(token) - b0)
del ws.a
print("slot deleted:", sys.getrefcount(token) - b0)
try:
    ws.a
except AttributeError as e:
    print("AttributeError:", e)
del ws
print("slotted instance gone:", sys.getrefcount(token) - b0)
setattr(Config, "dyn", token)
print("setattr on class:", sys.getrefcount(token) - b0)
delattr(Config, "dyn")
print("delattr:", sys.getrefcount(token) - b0)
