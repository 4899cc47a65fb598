# objects in a tuple die with the tuple
class M:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
t = (M(1), M(2), M(3))
print("tuple made")
t = None
print("tuple gone")
x = M(4)
t = (x, M(5))
del t
print("x alive", x.n)
del x
pair = ((M(6), M(7)), M(8))
inner = pair[0]
del pair
print("inner still alive", len(inner))
inner = ()
a, b = M(9), M(10)
print("unpacked")
a, b = b, a
print("swapped")
del a
print("a gone")
del b
print("end")
