# __del__ methods that use module globals while the interpreter shuts down
import sys

PREFIX = "closing"
registry = {"count": 0}

def helper(name):
    return PREFIX + " " + name

class Conn:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        registry["count"] += 1
        print(helper(self.name), registry["count"])

class Safe:
    def __init__(self, name, out=print):
        self.name = name
        self._print = out
    def __del__(self):
        self._print("safe close", self.name)

a = Conn("a")
s = Safe("s")
z = Conn("z")
print("main ends")

def _private_fmt(name):
    return "private " + name

class UsesPrivate:
    def __del__(self):
        try:
            print(_private_fmt("u"))
        except Exception as e:
            print("in __del__:", type(e).__name__, e)

u = UsesPrivate()
