# except* handling: splitting groups, naked exceptions, re-raising leftovers, raising in handlers.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))


def basic():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("  ValueErrors:", repr(g))
    except* TypeError as g:
        print("  TypeErrors:", repr(g))


attempt("basic", basic)


def leftover():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("  handled ValueError part")


attempt("leftover", leftover)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("  naked wrapped:", repr(g), type(g).__name__)


attempt("naked", naked)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not here")


attempt("naked unmatched", naked_unmatched)


def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("from handler")


attempt("raise in handler", raise_in_handler)


def reraise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise
    except* OSError:
        print("  OSError handled")


attempt("bare reraise", reraise_in_handler)


def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as g:
        print("  tuple matched", len(g.exceptions))
    except* LookupError as g:
        print("  lookup", repr(g))


attempt("tuple", tuple_types)


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])
    except* ValueError as g:
        print("  nested value:", repr(g))
    except* TypeError as g:
        print("  nested type:", repr(g))


attempt("nested", nested_groups)


def else_finally():
    try:
        pass
    except* ValueError:
        print("  no")
    else:
        print("  else ran")
    finally:
        print("  finally ran")


attempt("else/finally", else_finally)

for src in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* KeyError:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)
