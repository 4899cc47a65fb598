# __cause__, __context__, __suppress_context__, raise from None, nested handlers.
def attempt(label, fn):
    try:
        fn()
    except BaseException as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(f"{type(cur).__name__}({cur})"
                         f"[cause={type(cur.__cause__).__name__ if cur.__cause__ else None},"
                         f"ctx={type(cur.__context__).__name__ if cur.__context__ else None},"
                         f"sup={cur.__suppress_context__}]")
            cur = cur.__cause__ or cur.__context__
        print(label, "->", " <- ".join(chain))


def implicit():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")


def explicit():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e


def from_none():
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden context") from None


def from_other():
    try:
        [][0]
    except IndexError:
        raise KeyError("k") from OSError("unrelated")


def three_levels():
    try:
        try:
            raise ValueError("level1")
        except ValueError:
            raise TypeError("level2")
    except TypeError:
        raise RuntimeError("level3")


def in_finally():
    try:
        raise ValueError("try")
    finally:
        raise KeyError("finally")


def from_class():
    raise ValueError("v") from KeyError


def bad_cause():
    raise ValueError("v") from 5


def reraise_same():
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e


def handled_then_new():
    try:
        raise ValueError("inner handled")
    except ValueError:
        pass
    raise KeyError("fresh")


def self_context():
    e = ValueError("self")
    try:
        raise e
    except ValueError:
        try:
            raise e
        except ValueError as again:
            raise again


for fn in (implicit, explicit, from_none, from_other, three_levels, in_finally, from_class,
           bad_cause, reraise_same, handled_then_new, self_context):
    attempt(fn.__name__, fn)

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = "not exc"
except TypeError as ex:
    print("TypeError", ex)
try:
    e.__context__ = 3
except TypeError as ex:
    print("TypeError", ex)
try:
    raise ValueError("a") from None
except ValueError as ex:
    print(ex.__cause__, ex.__suppress_context__, ex.__context__)


def context_in_generator():
    try:
        raise KeyError("gen-ctx")
    except KeyError:
        yield 1
        raise ValueError("after yield")


g = context_in_generator()
next(g)
try:
    next(g)
except ValueError as ex:
    print(type(ex.__context__).__name__, ex.__context__)
