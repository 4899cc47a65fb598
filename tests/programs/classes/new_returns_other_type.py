# __new__ returning instances of other types: __init__ is skipped
class Weird:
    def __new__(cls, kind):
        print("__new__", kind)
        if kind == "int":
            return 42
        if kind == "list":
            return [1, 2]
        if kind == "none":
            return None
        return super().__new__(cls)
    def __init__(self, kind):
        print("__init__", kind)
        self.kind = kind
for k in ["int", "list", "none", "self"]:
    obj = Weird(k)
    print(type(obj).__name__, obj if not isinstance(obj, Weird) else obj.kind)
class Other:
    def __init__(self, *a):
        print("Other.__init__ should not run")
class Factory:
    def __new__(cls):
        return Other.__new__(Other)
print(type(Factory()).__name__)
class Sub(Weird):
    def __init__(self, kind):
        print("Sub.__init__", kind)
print(type(Sub("self")).__name__, Sub("int"))
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self):
        print("init runs every time")
a = Singleton()
b = Singleton()
print(a is b)
class UpperStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = UpperStr("abc")
print(u, type(u).__name__, len(u), u + "d", isinstance(u, str))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__, repr(Pos(-2)))
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(T(1, 2), len(T()), type(T(1)).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
