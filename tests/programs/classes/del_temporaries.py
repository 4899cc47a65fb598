# temporaries in expressions are freed right after use
class Tmp:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Tmp(self.v + other.v)
    def __del__(self):
        print("del", self.v)
print("expr statement")
Tmp(1)
print("attribute of temporary", Tmp(2).v)
print("sum of temporaries")
s = Tmp(3) + Tmp(4)
print("s is", s.v)
print("chained")
t = Tmp(10) + Tmp(20) + Tmp(30)
print("t is", t.v)
print("len of list of temps", len([Tmp(100), Tmp(200)]))
print("call with temp", str(Tmp(5).v))
del s, t
print("end")
