# exception args, str and repr for various argument shapes
for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(""),
            ValueError(("tuple",)), KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1),
            IndexError(0), OSError(2, "No such file"), OSError(2, "No such", "f.txt"), OSError("x"),
            StopIteration(5), SystemExit(3), UnicodeError("u"), AttributeError("attr")]:
    print(type(exc).__name__, repr(exc), "|", str(exc), "|", exc.args)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__, type(OSError(2, "x")).__name__)
print(repr(FileNotFoundError(2, "gone")), IOError is OSError, EnvironmentError is OSError)
s = StopIteration(1, 2)
print(s.value, s.args)
print(SystemExit().code, SystemExit(1, 2).code, SystemExit("msg").code)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr("x", "y")
print(repr(m), str(m), m.args, m.b)
class NoSuper(Exception):
    def __init__(self, a):
        self.a = a
n = NoSuper("val")
print(repr(n), "|" + str(n) + "|", n.args)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
w = WithStr(1, 2)
print(repr(w), str(w), w.args)
e2 = Exception("orig")
e2.args = ("changed", 1)
print(e2, repr(e2))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(u), u.start, u.end, u.reason, u.object)
print(str(NameError(name="x")), NameError("msg", name="x").name, AttributeError("m", name="n", obj=5).obj)
print(BaseException.__str__(KeyError("q")), str(KeyError("q")), repr(KeyError("q")))
