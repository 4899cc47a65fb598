# Defaults inherited from object and builtin descriptor types: reprs, slot wrappers, implicit classmethods.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


class A:
    def __repr__(self):
        return "A()"


class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

    def __init_subclass__(cls, **kw):
        cls.seen = True


attempt("__class_getitem__ stored as", lambda: type(G.__dict__["__class_getitem__"]).__name__)
attempt("__init_subclass__ stored as", lambda: type(G.__dict__["__init_subclass__"]).__name__)
attempt("G[int]", lambda: G[int])
attempt("object.__init_subclass__ type", lambda: type(A.__init_subclass__).__name__)
attempt("dir(object()) basics", lambda: [n for n in ("__class__", "__eq__", "__hash__", "__lt__", "__ne__", "__reduce__", "__sizeof__", "__subclasshook__", "__init_subclass__", "__format__", "__dir__", "__getstate__") if n not in dir(object())])
attempt("object.__lt__", lambda: object().__lt__(1))
attempt("object.__eq__ other", lambda: object().__eq__(1))
attempt("object.__ne__", lambda: A().__ne__(A()))
attempt("__subclasshook__", lambda: A.__subclasshook__(int))
attempt("slot wrapper type", lambda: type(object.__init__).__name__)
attempt("method-wrapper type", lambda: type(A().__init__).__name__)
attempt("inherit init identity", lambda: A.__init__ is object.__init__)
attempt("classmethod repr", lambda: repr(classmethod(len)))
attempt("staticmethod repr", lambda: repr(staticmethod(len)))
attempt("property repr prefix", lambda: repr(property()).split(" at ")[0])
attempt("builtin repr", lambda: repr(len))
attempt("bound builtin method repr", lambda: repr([].append).split(" at ")[0])
attempt("type reprs", lambda: (repr(type), repr(object), repr(type(None)), repr(type(NotImplemented)), repr(type(...))))
attempt("singletons", lambda: (repr(NotImplemented), repr(Ellipsis), repr(None)))
attempt("generator repr prefix", lambda: repr((x for x in [])).split(" at ")[0])
attempt("code repr prefix", lambda: repr(attempt.__code__).split(" at ")[0])
attempt("cell type", lambda: type((lambda: attempt).__closure__))
attempt("function type repr", lambda: repr(type(attempt)))
attempt("method type repr", lambda: repr(type(A().__repr__)))
attempt("classmethod chaining property", lambda: type("X", (), {"p": classmethod(property(lambda c: c.__name__))}).p)
attempt("staticmethod callable", lambda: staticmethod(len)([1, 2]))
attempt("classmethod __wrapped__", lambda: classmethod(len).__wrapped__ is len)
attempt("staticmethod __wrapped__", lambda: staticmethod(len).__wrapped__ is len)
attempt("object __getstate__", lambda: A().__getstate__())
o = A()
o.x = 1
attempt("object __getstate__ with dict", lambda: o.__getstate__())
attempt("__reduce_ex__", lambda: A().__reduce_ex__(2)[0].__name__)
attempt("__sizeof__ type", lambda: type(A().__sizeof__()).__name__)
attempt("object.__format__ nonempty", lambda: object.__format__(A(), "x"))
attempt("__dir__ returns list", lambda: type(A().__dir__()).__name__)
attempt("type.__prepare__", lambda: type.__prepare__("X", ()))
attempt("instance __doc__", lambda: A().__doc__)
