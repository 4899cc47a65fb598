# atexit: functions run last-registered first after the main program, with their arguments;
# unregister removes every registration; an exception is reported and the others still run
import atexit
import sys

def a():
    print("a")

def b(x, y=2):
    print("b", x, y)

atexit.register(a)
atexit.register(b, 1, y=3)
atexit.register(int, "not a number")      # raises ValueError at exit
r = atexit.register(a)
print(r is a)
atexit.unregister(a)
atexit.register(lambda: print("lambda"))
atexit.register(print, "print with", "args", sep="-")
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
print("end of main")
sys.exit(2)
