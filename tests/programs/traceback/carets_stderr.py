# print_* functions writing to stderr, 3.11 caret lines for many expression shapes; exits with 1
# so that stderr is compared too.
import sys
import traceback


class Node:
    def __init__(self, child=None):
        self.child = child

    def value(self):
        return self.child.value()


def first(seq):
    return seq[0]


def twice(f, x):
    return f(f(x))


def half(x):
    return 10 // (x - x)


cases = [
    lambda: Node(Node()).value(),
    lambda: first([]) + 1,
    lambda: twice(half, 3),
    lambda: {"a": 1}["b"],
    lambda: [i / 0 for i in range(3)],
    lambda: int("12" + "x"),
    lambda: (1 +
             None),
    lambda: sum(x for x in [1, "two"]),
    lambda: first(None)[0],
    lambda: "abc".missing(),
    lambda: 2 ** -1 + [1][3],
]

for case in cases:
    try:
        case()
    except Exception as e:
        traceback.print_exc()
        traceback.print_tb(e.__traceback__)
        traceback.print_exception(e, limit=-2)
        traceback.print_exception(type(e), e, e.__traceback__, chain=False)


def deep(n):
    if n:
        return deep(n - 1)
    traceback.print_stack(limit=3)
    traceback.print_stack()


deep(5)

try:
    try:
        half(1)
    except ZeroDivisionError as exc:
        raise ValueError("converted") from exc
except ValueError:
    traceback.print_exc()
    traceback.print_exc(limit=1, chain=False)
    print(traceback.format_exc() == "".join(traceback.format_exception(*sys.exc_info())))

traceback.print_exception(ExceptionGroup("eg", [ValueError(1)]))
exec("def f():\n    return 1/0\n", globals())
try:
    f()
except ZeroDivisionError:
    traceback.print_exc()
sys.exit(1)
