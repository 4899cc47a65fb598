# __call__ on instances, classes, and odd callables
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10])), sorted([3, 1, 2], key=Adder(-1)))
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print("TypeError", e)
inst = NoCall()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print("TypeError", e)
print(inst.__call__())
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __call__(self, part):
        return Chain(self.path + "/" + part)
    def __repr__(self):
        return "Chain(%r)" % self.path
print(Chain()("a")("b")("c"))
class CallReturnsSelf:
    count = 0
    def __call__(self):
        CallReturnsSelf.count += 1
        return self
c = CallReturnsSelf()
c()()()
print(CallReturnsSelf.count)
class CallIsCallable:
    __call__ = Adder(100)
try:
    print(CallIsCallable()(1))
except TypeError as e:
    print("TypeError", e)
class StaticCall:
    @staticmethod
    def __call__(x):
        return x * 3
print(StaticCall()(4))
try:
    add5()
except TypeError as e:
    print("TypeError", e)
try:
    add5(1, scale=2, bad=3)
except TypeError as e:
    print("TypeError", e)
for obj in [len, Adder, add5, 5, "s", NoCall, NoCall(), print, lambda: 0, type]:
    print(callable(obj), end=" ")
print()
