# __new__ and __init__
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(5)
print(t.created, t.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
r = ReturnsOther()
print(type(r).__name__)
class UpperStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), PosInt(-5) + 1, type(PosInt(3)).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Other(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitOnly:
    def __init__(self, a):
        self.a = a
try:
    InitOnly()
except TypeError as e:
    print(type(e).__name__, e)
