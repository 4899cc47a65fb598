# Context-manager classes: __exit__ arguments, suppression semantics, reuse, nested state.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append((et.__name__, str(ev), type(tb).__name__))
            return True
        return False


s = Suppress(KeyError, ZeroDivisionError)
with s:
    {}["missing"]
with s:
    1 / 0
with s:
    pass
print(s.caught)
try:
    with s:
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError propagated:", e)


class Timer:
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start " + self.label)
        return self

    def __exit__(self, *exc):
        print("  " * Timer.depth + "stop " + self.label, exc[0].__name__ if exc[0] else "")
        Timer.depth -= 1


with Timer("outer"):
    with Timer("inner"):
        pass
    try:
        with Timer("failing"):
            raise ValueError
    except ValueError:
        print("handled outside")


class ExitSeesReturn:
    def __enter__(self):
        return "value"

    def __exit__(self, *a):
        print("exit args", a)


def returns_inside():
    with ExitSeesReturn() as v:
        return v + "!"


print(returns_inside())


class Reentrant:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self.level

    def __exit__(self, *a):
        self.level -= 1


r = Reentrant()
with r as a:
    with r as b:
        print("levels", a, b, r.level)
print("after", r.level)


class ExitReturnsNonBool:
    def __init__(self, ret):
        self.ret = ret

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return self.ret


for ret in (0, 1, "", "x", [], [0], None):
    try:
        with ExitReturnsNonBool(ret):
            raise OSError("io")
        print(repr(ret), "suppressed")
    except OSError:
        print(repr(ret), "propagated")


class EnterOnInstance:
    pass


obj = EnterOnInstance()
obj.__enter__ = lambda: "instance enter"
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


def gen_cm():
    class CM:
        def __enter__(self):
            return [1, 2]

        def __exit__(self, et, ev, tb):
            if et is StopIteration:
                print("StopIteration reached __exit__")
            return False
    return CM()


with gen_cm() as (one, two):
    print(one + two)
