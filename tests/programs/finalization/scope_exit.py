# __del__ runs the moment the last reference goes: del, rebinding, leaving a function.
class Res:
    def __init__(self, name):
        self.name = name
        print("  open", name)

    def __del__(self):
        print("  close", self.name)


print("del statement:")
r = Res("a")
del r
print("after del")

print("rebinding:")
r = Res("b")
r = Res("c")
print("after rebinding")
r = None
print("after None")

print("two names:")
x = Res("shared")
y = x
del x
print("still one name left")
del y
print("gone")


def work():
    first = Res("local-1")
    second = Res("local-2")
    third = Res("local-3")
    print("  returning")
    return "result"


print("function exit:")
print(work())


def make():
    return Res("returned")


print("return value kept:")
kept = make()
print("  kept", kept.name)
kept = None

print("temporary expression:")
print("  name is", Res("temp").name)
print("after temporary")

print("loop variable:")
for i in range(3):
    item = Res(f"loop-{i}")
print("after loop")
del item


def raises():
    local = Res("in-raising-frame")
    raise ValueError("oops")


print("function raising:")
try:
    raises()
except ValueError as e:
    print("  caught", e)
print("after except block")

print("attribute replaced:")


class Holder:
    pass


h = Holder()
h.res = Res("attr-1")
h.res = Res("attr-2")
del h.res
print("after del attribute")

print("augmented list:")
items = [Res("i1")]
items += [Res("i2")]
items = items[1:]
print("after slicing")
del items
print("end")
