import inspect
import sys
import functools


def func(x):
    """Do a thing.

    More detail here,
      indented more.
    """
    return x


def gen():
    yield 1
    yield 2


class Base:
    """Base class doc."""

    attr = 5

    def method(self):
        """Base method doc."""

    @property
    def prop(self):
        """A property."""
        return 1

    @staticmethod
    def sm():
        pass

    @classmethod
    def cm(cls):
        pass


class Child(Base):
    def method(self):
        pass


objs = [('func', func), ('gen()', gen()), ('gen', gen), ('Base', Base), ('Base()', Base()),
        ('Base().method', Base().method), ('Base.method', Base.method), ('len', len),
        ('sys', sys), ('lambda', lambda: 0), ('[].append', [].append), ('str.join', str.join),
        ('partial', functools.partial(func, 1)), ('3', 3)]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
         'isbuiltin', 'isroutine', 'iscoroutinefunction', 'isabstract', 'iscode', 'isframe']
for name, obj in objs:
    print('%-14s' % name, ' '.join(p[2:] for p in preds if getattr(inspect, p)(obj)))

print(repr(inspect.getdoc(func)))
print(inspect.getdoc(Base), '|', inspect.getdoc(Child), '|', inspect.getdoc(Child.method), '|', inspect.getdoc(Child().method))
print(inspect.getdoc(Base.prop), inspect.getdoc(3) is not None, inspect.getdoc(lambda: 0))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n   only\n   lines\n\n')))
print(repr(inspect.cleandoc('x\n\ty')))

members = inspect.getmembers(Child)
print([n for n, v in members if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Base(), inspect.ismethod)])
print(inspect.getmembers(Base, lambda v: isinstance(v, int)))
print(inspect.getmodule(func) is sys.modules[__name__], inspect.getmodule(Base).__name__, inspect.getmodule(sys) is sys)
print(inspect.getmro(Child) == (Child, Base, object))

g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
def watcher():
    yield inspect.getgeneratorstate(w)
w = watcher()
print(next(w))
list(g)
print(inspect.getgeneratorstate(g))
g2 = gen()
g2.close()
print(inspect.getgeneratorstate(g2))

frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.isframe(frame))
def inner():
    return inspect.currentframe().f_back.f_code.co_name
def outer():
    return inner()
print(outer())

def wrapped_func(): pass
def w1(): pass
w1.__wrapped__ = wrapped_func
def w2(): pass
w2.__wrapped__ = w1
print(inspect.unwrap(w2).__name__, inspect.unwrap(w2, stop=lambda f: f is w1).__name__)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print(type(e).__name__, str(e)[:33])
print(inspect.get_annotations(func), inspect.CO_GENERATOR, inspect.CO_VARARGS)
