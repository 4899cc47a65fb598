# Carets and frame columns for many expression shapes: generators, properties, decorators,
# tab indentation, comprehensions, groups with a cause, nested handlers, tb kept after except.
import traceback, sys, os
CWD = os.getcwd() + '/'
def show(t): sys.stdout.write(t.replace(CWD, ''))
def gen():
    yield 1
    yield {}["missing"]
class K:
    def __init__(self):
        self.data = "é"
    @property
    def prop(self):
        return self.data + 1
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def decorated(x):
	return x.nope  # tab-indented
cases = [lambda: list(gen()), lambda: K().prop, lambda: decorated(3),
         lambda: sorted([3, "a"]), lambda: max([]),
         lambda: print("x", end=1), lambda: dict(a=1)["é" * 3],
         lambda: [x for x in (1, 2)][5],
         lambda: (lambda y: y.z)(1),
         lambda: getattr(K(), "nothing"),
         lambda: K.prop.fget(None)]
for c in cases:
    try:
        c()
    except Exception as e:
        show(traceback.format_exc())
        for fs in traceback.extract_tb(e.__traceback__):
            print(fs.lineno, fs.colno, fs.end_colno, fs.name)
class E(Exception):
    def __str__(self): return ""
try:
    raise E("x")
except E:
    show(traceback.format_exc())
try:
    raise ExceptionGroup("g", [E(), ExceptionGroup("h", [ValueError()])]) from KeyError("c")
except Exception as e:
    show(traceback.format_exc())
    show("".join(traceback.TracebackException.from_exception(e).format(chain=False)))
def outer():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
try:
    outer()
except KeyError:
    show(traceback.format_exc())
import traceback as tb2
tb = None
try:
    outer()
except KeyError:
    tb = sys.exc_info()[2]
show("".join(traceback.format_tb(tb)))
