# __del__ is looked up on the type: inheritance, super(), late assignment, instance attributes.
class Base:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  Base.__del__", self.name)


class Child(Base):
    pass


class Extending(Base):
    def __del__(self):
        print("  Extending.__del__", self.name)
        super().__del__()


class Silent(Base):
    def __del__(self):
        print("  Silent.__del__ (does not call super)", self.name)


print("inherited:")
Child("child")
print("extended:")
Extending("ext")
print("overridden:")
Silent("silent")


class Late:
    pass


print("assigned after class creation:")
x = Late()
Late.__del__ = lambda self: print("  late __del__")
del x
del Late.__del__
y = Late()
del y
print("  (removed again: nothing printed)")


class NoDel:
    pass


print("instance attribute named __del__ is ignored:")
n = NoDel()
n.__del__ = lambda: print("  never printed")
del n
print("  done")


class Slotted:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  Slotted.__del__", self.name)


print("slots:")
Slotted("slot")


class MyError(Exception):
    def __del__(self):
        print("  MyError.__del__", self.args)


print("exception subclass:")
try:
    raise MyError("raised")
except MyError as e:
    print("  handling", e)
print("  after handler")


class ListChild(list):
    def __del__(self):
        print("  ListChild.__del__", len(self))


print("builtin subclass:")
lc = ListChild([Base("item")])
del lc
print("end")
