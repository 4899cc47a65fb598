# with statements
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b"), CM("c") as w:
    print("body2", w)
with (CM("d") as d1,
      CM("e") as e1):
    print("parenthesized", d1, e1)
try:
    with CM("f"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)
with CM("g", suppress=True):
    raise KeyError("hidden")
print("after suppressed")
def func():
    with CM("h"):
        return "returned"
print(func())
for i in range(2):
    with CM("loop" + str(i)):
        if i == 0:
            continue
        break
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
