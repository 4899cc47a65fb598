# uncaught ZeroDivisionError through a call chain f() -> g() -> 1/0
def g():
    return 1 / 0
def f():
    return g()
def safe(x):
    return 10 / x
print("safe", safe(4))
try:
    safe(0)
except ZeroDivisionError as e:
    print("caught", e)
print("calling f")
f()
