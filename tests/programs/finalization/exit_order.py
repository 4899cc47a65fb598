# At exit: atexit handlers first, then the objects still held by module globals.
import atexit
import sys


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        sys.stdout.write(f"del {self.name}\n")


def goodbye(name):
    sys.stdout.write(f"atexit {name}\n")


def drop_global():
    global dropped
    sys.stdout.write("atexit drops a global\n")
    dropped = None


atexit.register(goodbye, "registered first")
atexit.register(drop_global)
atexit.register(goodbye, "registered last")

kept = Res("kept")
dropped = Res("dropped by atexit")
argument = Res("atexit argument")
atexit.register(goodbye, argument.name)
atexit.register(lambda r: sys.stdout.write(f"atexit lambda sees {r.name}\n"), argument)
del argument


class Pair(Res):
    pass


p = Pair("pair-1")
p.other = Pair("pair-2")
p.other.other = p
del p


def cleanup_in_function():
    local = Res("function local")
    return "cleaned"


print(cleanup_in_function())
sys.stdout.write("main program ends\n")
