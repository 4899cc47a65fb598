# RecursionError raised along many different call paths, each caught, and the interpreter recovers
import functools

def down(n):
    return down(n + 1)

def nested(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
deep_a, deep_b = nested(100000), nested(100000)
s = [1]; s.append(s)
print("self-referential list:", repr(s), s == s)

class Node:
    def __init__(self): self.other = self
    def __eq__(self, o): return self.other == o
    def walk(self): return self.walk()
class R:
    def __repr__(self): return repr(self)
class G:
    def __getattr__(self, name): return self.missing
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): down(0)
class Init:
    def __init__(self): self.child = Init()
class Prop:
    @property
    def x(self): return self.x
class Length:
    def __len__(self): return len(self)
def fin(n):
    try:
        return fin(n + 1)
    finally:
        pass
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def wrapped(n): return wrapped(n + 1)
def class_body(n):
    class K:
        v = class_body(n + 1)
    return K
def with_cm():
    with CM():
        pass

paths = [("nested list repr", lambda: repr(deep_a)), ("nested list ==", lambda: deep_a == deep_b),
         ("__eq__", lambda: Node() == 5), ("method", lambda: Node().walk()), ("__repr__", lambda: repr(R())),
         ("__getattr__", lambda: G().x), ("__exit__", with_cm), ("finally", lambda: fin(0)),
         ("decorated", lambda: wrapped(0)), ("__init__", Init), ("property", lambda: Prop().x),
         ("__len__", lambda: len(Length())), ("sorted key", lambda: sorted([2, 1], key=down)),
         ("map", lambda: list(map(down, [1]))), ("class body", lambda: class_body(0))]
for label, fn in paths:
    try:
        fn()
        print(label + ": no error")
    except RecursionError as e:
        print(label + ":", type(e).__name__, e)

# while handling another exception: the RecursionError gets it as __context__
def handler_rec():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            down(0)
        except RecursionError as e:
            return type(e.__context__).__name__
print("context:", handler_rec())

def gen():
    yield 1
    down(0)
g = gen(); next(g)
try:
    next(g)
except RecursionError as e:
    print("generator:", type(e).__name__, e)
print("generator finished:", next(g, "exhausted"))
print("done", sum(range(10)), len(repr(nested(50))))
