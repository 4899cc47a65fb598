# Cycles through functions, closures, classes and bound methods.
import gc

gc.disable()
gc.collect()


def report(label):
    print(f"{label}: {gc.collect()}")


def f():
    pass


f.me = f
del f
report("function attribute")


def make_recursive():
    def inner(n):
        return 1 if n <= 1 else n * inner(n - 1)
    return inner


fact = make_recursive()
print(fact(5))
del fact
report("self-referencing closure")


def make_pair():
    def even(n):
        return True if n == 0 else odd(n - 1)

    def odd(n):
        return False if n == 0 else even(n - 1)
    return even


ev = make_pair()
print(ev(10), ev(7))
del ev
report("mutually recursive closures")


class Holder:
    def __init__(self):
        self.callback = self.method

    def method(self):
        return "called"


h = Holder()
print(h.callback())
del h
report("bound method stored on instance")


def make_class():
    class Local:
        pass
    return Local


cls = make_class()
print(cls.__name__)
del cls
# a class refers to itself (through its __mro__ and descriptors), so only
# the collector frees it; how many objects come with it is an internal detail
print("class created in function:", gc.collect() > 0)

lam = [None]
lam[0] = lambda: lam
print(lam[0]() is lam)
del lam
report("lambda in list")
gc.enable()
