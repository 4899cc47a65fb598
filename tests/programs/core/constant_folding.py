# Operations on constants are folded at compile time, as CPython 3.11's AST optimizer does:
# the folded strings are one interned constant, and within CPython's size limits the values
# equal what the operations give at run time.
a = "ab"
b = "a" + "b"
print(a is b)


def f():
    return "foo" + "bar"


print(f() is f(), f())
print(2**100, 2**127, 2**-2, (-7) // 2, (-7) % 3, 7 % -3, 1 << 60, -1 >> 3, ~0, ~(2**70))
print(not 0, not "", not (1,), not None)
print(1 / 3, 10 / 4, 2**53 + 1.0, 0.1 + 0.2, 3 * 0.1, 1e308 * 10, -(2**63), 2**63 - 1)
print("ab" * 2, 2 * "ab", b"x" * 3, (1,) * 3, "a" * -1, (1, 2) * 0, "x" * True, (1, 2) + (3,))
print(True + 1, True & False, -True, +True, ~True)
print(2**200 > 0, 7**0, 0**0, type(2**62).__name__, type(2**64).__name__, 2**64 - 2**64)
# too big to fold, or failing: computed (or raised) at run time
print(len(str(2**1000)), len("ab" * 5000), len((0,) * 1000))
for expr in ("1 / 0", "1 // 0", "1 % 0", "2 ** -1", "'a' + 1"):
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
