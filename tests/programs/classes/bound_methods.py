# bound and unbound methods
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return self.name + " greets " + other
g = Greeter("Ann")
m = g.greet
print(m("Bob"), type(m).__name__)
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(Greeter.greet(g, "Cy"), type(Greeter.greet).__name__)
h = Greeter("Dee")
methods = [g.greet, h.greet]
print([f("Eve") for f in methods])
g.name = "Annie"
print(m("Fay"))
print(g.greet == g.greet, g.greet is g.greet, g.greet == h.greet)
def external(self):
    return "external on " + self.name
Greeter.ext = external
print(g.ext())
g.inst_func = lambda: "instance attr function"
print(g.inst_func())
try:
    Greeter.greet("no self")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(Greeter("Max").greet, ["x", "y"])))
print([1, 2, 3].append.__self__, "abc".upper.__name__)
