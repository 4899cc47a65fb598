import sys
print("a", "b", sep="", end="|\n")
print(1, 2, 3, sep=", ")
print("no newline", end="")
print(" continued")
print()
print("to stderr", file=sys.stderr)
print(None, True, [None], {"k": None})
sys.stdout.write("written\n")
n = sys.stdout.write("abc\n")
print(n)
print(*[1, 2], sep="\n")
print("multi\nline")
print(repr("x" * 3), ascii("é"), str(b"b"))
print([1, [2, [3, []]]], (1,), (), {}, set(), frozenset(), {1: {2: 3}})
lst = [1]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
print(range(0), range(1, 5, 2), slice(1, None), slice(None))
print(type(None), type(print), type(len).__name__, type(1).__name__)
print(int, object, Exception, type)
class Foo:
    pass
print(Foo, Foo.__name__, Foo.__qualname__, Foo.__module__)
def g():
    class Inner:
        def m(self):
            pass
    return Inner
print(g().__qualname__, g().m.__qualname__)
print(f"{'%'}", "%", "100%")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("done", flush=True)
sys.stderr.write("err line\n")
