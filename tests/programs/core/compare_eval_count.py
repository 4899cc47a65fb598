# chained comparisons evaluate each middle operand once and stop early
count = {}
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __bool__(self):
        print("bool", self.v)
        return True
def mk(v):
    count[v] = count.get(v, 0) + 1
    print("mk", v)
    return N(v)
print(mk(1) < mk(2) < mk(3))
print(sorted(count.items()))
count.clear()
print(mk(2) < mk(1) < mk(3))
print(sorted(count.items()))
class Weird:
    def __lt__(self, o):
        print("Weird lt")
        return "truthy-string"
    def __gt__(self, o):
        print("Weird gt")
        return 0
w = Weird()
print(repr(w < 1))
print(repr(1 < w))
print(repr(w < 1 < 2))
print(repr(w < 1 < 0))
print(repr(2 > w < 5))
n, three = None, 3
print(1 < 2 == 2.0 < three is not n)
x = [1]
print(x == x is x, [] == [] is not [])
