# with statement: several items, parenthesized form, suppression, exit ordering, errors.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter

    def __enter__(self):
        print("  enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


with CM("a") as a, CM("b") as b:
    print("body", a, b)

with (
    CM("p") as p,
    CM("q"),
):
    print("paren body", p)

with CM("outer", suppress=True), CM("inner"):
    raise ValueError("boom")
print("suppressed by outer")

try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)

try:
    with CM("s", suppress=True) as s:
        1 / 0
    print("after suppress, s =", s)
except ZeroDivisionError:
    print("not suppressed?")


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "yes"


with Truthy():
    raise KeyError("gone")
print("string truthy suppresses")


def in_function():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                return "returned"
            print("  body", i)


print(in_function())


class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        pass


for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise KeyError("from exit")


try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

with CM("t") as (first, *rest):
    print(first, rest)
target = {}
with CM("d") as target["k"]:
    pass
print(target)
