# Which objects get __del__ called when the interpreter exits?
import atexit
import weakref

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

atexit.register(print, "atexit handler 1")
atexit.register(print, "atexit handler 2")

g1 = Noisy("global g1")
g2 = Noisy("global g2")
container = [Noisy("in list 0"), Noisy("in list 1")]
mapping = {"k": Noisy("in dict")}

c = Noisy("cycle")
c.me = c
del c

class Owner:
    attr = Noisy("class attribute")

fin_target = Noisy("finalize target")
weakref.finalize(fin_target, print, "finalize callback at exit")

def closure_maker():
    obj = Noisy("in closure")
    return lambda: obj

keep = closure_maker()
print("main finished")
