# exceptions raised from __init__ / __new__ and partially built objects
class Resource:
    created = []
    def __init__(self, name, fail=False):
        self.name = name
        Resource.created.append(name)
        if fail:
            raise ValueError("cannot init " + name)
        self.ready = True
r = Resource("a")
print(r.name, r.ready)
try:
    r2 = Resource("b", fail=True)
except ValueError as e:
    print("ValueError", e, e.args)
print(Resource.created, "r2" in dir())
class Checked:
    def __init__(self, value):
        if not isinstance(value, int):
            raise TypeError("value must be int, not %s" % type(value).__name__)
        self.value = value
for v in [1, "x", 2.5, None]:
    try:
        print(Checked(v).value)
    except TypeError as e:
        print("TypeError", e)
class Base:
    def __init__(self):
        print("Base init")
        raise KeyError("from base")
class Child(Base):
    def __init__(self):
        print("Child init start")
        try:
            super().__init__()
        finally:
            print("Child init finally")
try:
    Child()
except KeyError as e:
    print("KeyError", e)
class BadNew:
    def __new__(cls, *args):
        raise RuntimeError("no instances")
    def __init__(self):
        print("never")
try:
    BadNew()
except RuntimeError as e:
    print("RuntimeError", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError", e)
class OnlyInit:
    def __init__(self, a):
        pass
try:
    OnlyInit()
except TypeError as e:
    print("TypeError", e)
try:
    OnlyInit(1, 2)
except TypeError as e:
    print("TypeError", e)
