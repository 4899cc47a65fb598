import inspect
import functools


def simple(a, b):
    return a + b


def with_doc(x):
    """A docstring
that has a line at column zero.
    """
    if x:
        return 1

    # a comment inside
    return 2
# a comment after, at column zero


def multi_line_header(a,
        b=(1,
 2),
        c=3):
    return (a,
  b)


class Point:
    """A point."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    class Inner:
        pass


def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
def decorated(n):
    return n * 2


square = lambda v: v * v


def outer():
    def nested(q):
        return q
    return nested


def one_liner(): return 42


for obj in [simple, with_doc, multi_line_header, Point, Point.norm, Point(1, 2).norm, Point.Inner,
            decorated, square, outer(), one_liner]:
    print('=' * 10, getattr(obj, '__qualname__', obj))
    print(inspect.getsource(obj), end='')
lines, start = inspect.getsourcelines(simple)
print(start, len(lines))
print(inspect.getsourcefile(simple) == __file__, inspect.getfile(Point) == __file__)
print(inspect.getsource(inspect.getmodule(simple)).splitlines()[0])
ns = {}
exec('def dyn(): pass', ns)
for bad in [len, ns['dyn'], 3]:
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
