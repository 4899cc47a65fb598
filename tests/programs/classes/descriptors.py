# descriptor protocol (__get__, __set__, __set_name__)
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "descriptor on class " + objtype.__name__
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(self.name[1:] + " must be int")
        setattr(obj, self.name, value)
class Rec:
    a = Typed()
    b = Typed()
r = Rec()
print(r.a, Rec.a)
r.a = 5
print(r.a, r.b)
try:
    r.b = "x"
except TypeError as e:
    print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data"
class Host:
    nd = NonData()
h = Host()
print(h.nd)
h.__dict__["nd"] = "instance wins"
print(h.nd)
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class Host2:
    d = Data()
h2 = Host2()
h2.__dict__["d"] = "instance value"
print(h2.d)
def plain(self):
    return "plain function"
bound = plain.__get__(h, Host)
print(bound(), type(bound).__name__)
