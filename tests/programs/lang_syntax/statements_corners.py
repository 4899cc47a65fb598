# Corners: chained comparisons with side effects, assert messages, del forms, global, lambda defaults.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def v(x):
    print("  eval", x)
    return x


print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 1 == 1 != 2 in [2] not in [[3]] is not None)
print([] == [] is not [], "a" < "b" <= "b" >= "a")
attempt("mixed compare", lambda: 1 < "a")
attempt("compare None", lambda: None < None)
attempt("compare lists", lambda: [1, "a"] < [1, 2])
attempt("eq mixed ok", lambda: (1 == "1", [1] == (1,), {1: 2} == {1: 2.0}))


def check_assert(x):
    assert x > 0, f"x must be positive, got {x}"
    assert x != 5, ("tuple", "message")
    assert x != 6
    return x


for val in (1, -1, 5, 6):
    attempt(f"assert {val}", lambda: check_assert(val))


def assert_msg_lazy():
    assert True, 1 / 0
    return "message not evaluated"


print(assert_msg_lazy())
data = {"a": 1, "b": 2, "c": 3}
lst = list(range(10))
del data["a"], lst[::3], lst[0]
print(data, lst)
obj = type("O", (), {})()
obj.x = obj.y = 1
del obj.x
print(vars(obj))
a = b = c = 0
del (a, b), [c]
attempt("deleted names", lambda: a)
attempt("del missing key", lambda: data.__delitem__("zz"))
attempt("del slice of tuple", lambda: exec("t = (1, 2)\ndel t[0]"))
attempt("del literal", lambda: compile("del 1", "<s>", "exec"))
attempt("del call", lambda: compile("del f()", "<s>", "exec"))
counter = 0


def bump():
    global counter, brand_new
    counter += 1
    brand_new = "created"


bump()
bump()
print(counter, brand_new)


def glob_then_use():
    global late_defined
    return late_defined


attempt("global missing", glob_then_use)
late_defined = "now defined"
print(glob_then_use())
attempt("global after use", lambda: compile("def f():\n    x = 1\n    global x\n", "<s>", "exec"))
attempt("nonlocal at module", lambda: compile("nonlocal x", "<s>", "exec"))
attempt("nonlocal missing", lambda: compile("def f():\n    nonlocal q\n", "<s>", "exec"))
fs = [lambda x, k=k: x * k for k in range(3)]
print([f(10) for f in fs])
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda: (yield))().__class__.__name__)
print((lambda x=(lambda: 5)(): x)())
print(1 if 0 else 2 if 0 else 3, (0 or None) if [] else "empty-list-false")
x = 5
print("even" if x % 2 == 0 else "odd", [y if y else "zero" for y in range(3)])
print(not 1 == 2, not (1 == 2), -2 ** 2, (-2) ** 2, 2 ** -1, ~5 & 3 | 8 ^ 1)
print(10 - 3 - 2, 2 ** 3 ** 2, 7 // 2 * 3, 7 % 3 ** 2, 1 + 2 * 3 < 8 and "yes")
pass_then = [i for i in range(3) if i if i > 1]
print(pass_then)
i = 0
while True:
    i += 1
    if i < 3:
        continue
    break
else:
    print("unreachable else")
print("i", i)
print(type(...).__name__, ... is Ellipsis, repr(NotImplemented), bool(...))
