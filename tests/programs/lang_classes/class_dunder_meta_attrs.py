# __qualname__, __module__, __doc__, __dict__ of classes and functions; __name__ assignment.
class Outer:
    """Outer doc."""

    class Inner:
        def method(self):
            """Method doc."""
            def local():
                pass
            return local

    def meth(self):
        pass


def top():
    def nested():
        class InFunc:
            pass
        return InFunc
    return nested


print(Outer.__qualname__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer.Inner().method().__qualname__)
print(top.__qualname__, top().__qualname__, top()().__qualname__)
print(Outer.__module__, top.__module__, Outer.__name__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.method.__doc__, top.__doc__)
print(sorted(k for k in Outer.__dict__))
print(type(Outer.__dict__).__name__)
try:
    Outer.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
print(sorted(top.__dict__), top.__name__)
top.custom = 5
print(top.__dict__)


def renamed():
    pass


renamed.__name__ = "new_name"
renamed.__qualname__ = "Q.new_name"
print(renamed.__name__, renamed.__qualname__, repr(renamed).split(" at ")[0])
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__, repr(Outer))
Outer.__qualname__ = "Something.Else"
print(repr(Outer))
try:
    Outer.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    renamed.__name__ = 5
except TypeError as e:
    print("TypeError", e)


def defaults(a, b=2, *args, c, d=4, **kw):
    "doc line"
    x = 1
    return x


print(defaults.__defaults__, defaults.__kwdefaults__)
code = defaults.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames)
print(defaults.__doc__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
print(type(defaults).__name__, type(Outer.meth).__name__, type(Outer().meth).__name__)


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc.__bases__, NoDoc.__base__, object.__base__)
print(int.__module__, len.__module__, len.__qualname__, str.upper.__qualname__)
print([].append.__qualname__, type([].append).__name__, type(str.upper).__name__)


class WithSlotsDoc:
    __doc__ = "explicit"


print(WithSlotsDoc.__doc__, WithSlotsDoc().__doc__)
print(__name__, __doc__)
