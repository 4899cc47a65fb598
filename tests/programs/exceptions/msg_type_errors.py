# common TypeError messages
five, s, none = 5, "abc", None
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: 1 < "a",
    lambda: len(5), lambda: five(), lambda: s[1](), lambda: none[0],
    lambda: five[0], lambda: {}[[]], lambda: hash([]), lambda: int([]),
    lambda: abs("x"), lambda: -"x", lambda: iter(5), lambda: next(5),
    lambda: sum(["a", "b"]), lambda: sum([1], "s"), lambda: sorted([1, "a"]),
    lambda: min(1), lambda: max(), lambda: "x" * 2.0, lambda: [] * [],
    lambda: {}.get(), lambda: [].append(), lambda: [].append(1, 2),
    lambda: "%d" % "x", lambda: chr("a"), lambda: ord("ab"), lambda: ord(1),
    lambda: "a".join([1]), lambda: tuple(5), lambda: dict(5), lambda: list(1, 2),
    lambda: divmod("a", 1), lambda: round("1"), lambda: 1 & 1.0, lambda: 2 ** "x",
    lambda: isinstance(1, 1), lambda: "".startswith(1), lambda: str(b"x", 5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
def f(a, b):
    pass
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
