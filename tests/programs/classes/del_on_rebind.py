# __del__ runs as soon as the last reference is rebound
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("one")
print("rebinding")
r = Res("two")
print("rebound")
r = None
print("set to None")
x = Res("three")
y = x
x = Res("four")
print("y still holds three")
y = x
print("y now four")
del x, y
print("end of program")
