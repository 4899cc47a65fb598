class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")

class EmptyMsg(Exception):
    pass

try:
    raise EmptyMsg()
except EmptyMsg as e:
    print(repr(str(e)), repr(e))

try:
    raise BadStr("x")
except BadStr as e:
    try:
        str(e)
    except RuntimeError as inner:
        print("str failed:", inner)
    print(repr(e))

def outer():
    raise BadStr("hidden")

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

outer()
