# __del__ runs at deterministic moments
class Res:
    def __init__(self, name):
        self.name = name
        print("acquire", name)
    def __del__(self):
        print("release", self.name)
x = Res("a")
print("before del")
del x
print("after del")
y = Res("b")
y = Res("c")
print("after rebinding")
del y
def func():
    local = Res("d")
    print("in func")
func()
print("after func")
def returns():
    tmp = Res("e")
    keep = Res("f")
    return keep
k = returns()
print("got", k.name)
k = None
print("after k = None")
lst = [Res("g"), Res("h")]
lst.pop()
print("after pop")
lst.clear()
print("after clear")
d = {"key": Res("i")}
d["key"] = 0
print("after dict overwrite")
Res("temp")
print("after temporary")
a = Res("j")
b = a
del a
print("still referenced by b")
del b
print("end")
