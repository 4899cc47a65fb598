# __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10), callable(add3), callable(Adder))
print(list(map(Adder(10), [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class NotCallable:
    pass
print(callable(NotCallable()), callable(len), callable(lambda: 0), callable("s"))
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class Factory:
    def __call__(self, cls):
        return cls()
print(type(Factory()(list)).__name__)
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, p):
        return Chain(self.parts + (p,))
    def __repr__(self):
        return "/".join(self.parts)
print(Chain()("a")("b")("c"))
def deco_with_instance(f):
    class W:
        def __call__(self, *a):
            return "wrapped:" + str(f(*a))
    return W()
@deco_with_instance
def square(x):
    return x * x
print(square(7))
class Meth:
    def __call__(self):
        return "instance call"
m = Meth()
m.__call__ = lambda: "instance attr (ignored by call)"
print(m(), m.__call__())
