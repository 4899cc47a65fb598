# Context managers and __del__: __exit__ runs at the end of the block, __del__ when
# the last reference goes, which may be much later.
class Managed:
    def __init__(self, name):
        self.name = name
        print("  init", name)

    def __enter__(self):
        print("  enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None)
        return False

    def __del__(self):
        print("  del", self.name)


print("unnamed manager:")
with Managed("anon"):
    print("  body")
print("after block")

print("bound with as:")
with Managed("named") as m:
    print("  body uses", m.name)
print("after block, still bound:", m.name)
del m

print("exception in the body:")
try:
    with Managed("failing"):
        raise KeyError("k")
except KeyError as e:
    print("  caught", repr(e))
print("after try")

print("two managers in one statement:")
with Managed("outer") as a, Managed("inner") as b:
    print("  body", a.name, b.name)
del a, b


class Suppressing(Managed):
    def __exit__(self, exc_type, exc, tb):
        print("  exit suppressing", exc_type.__name__ if exc_type else None)
        return True


print("suppressing manager:")
with Suppressing("quiet"):
    raise ValueError("swallowed")
print("after block")


class ReturnsOther:
    def __enter__(self):
        return Managed("other")

    def __exit__(self, *args):
        print("  ReturnsOther exit")

    def __del__(self):
        print("  del ReturnsOther")


print("__enter__ returns a different object:")
with ReturnsOther() as other:
    print("  body", other.name)
print("after block")
other = None


def in_function():
    with Managed("func") as f:
        return f.name


print("return from inside with:")
print("  returned", in_function())
print("end")
