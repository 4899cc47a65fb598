# `except E as e` unbinds e at the end of the handler, releasing the exception
import sys
class Err(Exception):
    pass
payload = {"k": "v"}
print("base", sys.getrefcount(payload))
try:
    raise Err(payload)
except Err as e:
    print("in handler", sys.getrefcount(payload))
    inner = e
print("after handler, exc kept by inner", sys.getrefcount(payload), "e" in dir())
del inner
print("inner dropped", sys.getrefcount(payload))
def f():
    try:
        raise Err(payload)
    except Err as e:
        pass
    return sys.getrefcount(payload)
print("in function after handler", f())
print("after function", sys.getrefcount(payload))
def g():
    try:
        raise Err(payload)
    except Err:
        return sys.getrefcount(payload)
print("returning from inside unnamed handler", g())
print("after g", sys.getrefcount(payload))
errs = []
for i in range(3):
    try:
        raise Err(payload, i)
    except Err as e:
        errs.append(e)
print("three saved exceptions", sys.getrefcount(payload))
errs.clear()
print("saved cleared", sys.getrefcount(payload))
def nested():
    try:
        try:
            raise Err(payload)
        except Err as a:
            raise ValueError("second") from a
    except ValueError as b:
        return sys.getrefcount(payload)
print("chained cause holds payload", nested())
print("after nested", sys.getrefcount(payload))
try:
    raise Err(payload)
except Err as e:
    e = "rebound"
print("rebound then handler end", sys.getrefcount(payload))
