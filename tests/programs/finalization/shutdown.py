# Objects still referenced by module globals are finalized at interpreter exit.
import sys


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        # print and sys may already be torn down for late objects, so write directly
        sys.stdout.write(f"shutdown del {self.name}\n")


first = Res("first")
owner = Res("owner")
owner.part = Res("owner-part")
_private = Res("_private")
second = Res("second")
container = [Res("in-list-0"), Res("in-list-1")]
mapping = {"k": Res("in-dict")}
third = Res("third")
__dunder = Res("__dunder")


class Cyclic(Res):
    pass


cyc = Cyclic("cyclic")
cyc.me = cyc


def make_closure():
    held = Res("closure-cell")

    def inner():
        return held
    return inner


closure = make_closure()
rebound = Res("rebound-early")
rebound = Res("rebound-late")

temp = Res("deleted-before-exit")
del temp
print("end of main program")
