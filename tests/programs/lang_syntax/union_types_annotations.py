# PEP 604 unions and PEP 585 generics evaluated at runtime in annotations, isinstance and reprs.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("int | None", lambda: int | None)
attempt("int | str args", lambda: (int | str).__args__)
attempt("type name", lambda: type(int | str).__name__)
attempt("isinstance union", lambda: (isinstance(3, int | str), isinstance(3.0, int | str)))
attempt("issubclass union", lambda: issubclass(bool, int | None))
attempt("dedupe", lambda: int | int)
attempt("nested", lambda: (int | str) | (bytes | int))
attempt("eq order-insensitive", lambda: (int | str) == (str | int))
attempt("generic | None", lambda: list[int] | None)
attempt("None | generic", lambda: None | dict[str, int])
attempt("generic | generic", lambda: list[int] | tuple[str, ...])
attempt("union with str fails", lambda: int | "str")
attempt("isinstance generic fails", lambda: isinstance([], list[int]))
attempt("generic repr", lambda: (repr(list[int]), repr(dict[str, list[int]]), repr(tuple[()])))
attempt("generic eq", lambda: list[int] == list[int])
attempt("generic params", lambda: (dict[str, int].__args__, dict[str, int].__origin__))
attempt("type[int]", lambda: type[int])


def f(x: int | None = None, y: list[int] | None = None) -> dict[str, int] | None:
    return None


print(f.__annotations__)


class Model:
    ident: int | str
    tags: list[str] | None = None


print(Model.__annotations__, Model.tags)
var: set[int] | frozenset[int] = set()
print(__annotations__["var"])
