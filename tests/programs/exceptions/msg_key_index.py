# KeyError / IndexError / ValueError messages
tests = [
    lambda: {}["a"], lambda: {1: 2}[3], lambda: {}[(1, 2)], lambda: {}[None],
    lambda: {}.pop("p"), lambda: set().remove(5), lambda: {"": 0}["x"],
    lambda: [][0], lambda: [1, 2][5], lambda: [1][-2], lambda: ()[0], lambda: "ab"[9],
    lambda: range(3)[3], lambda: [].pop(), lambda: [1].pop(4), lambda: b""[0],
    lambda: [1].index(2), lambda: (1,).index(2), lambda: "abc".index("z"),
    lambda: [1].remove(2), lambda: int("x1"), lambda: float("y"), lambda: int("1.5"),
    lambda: chr(-1), lambda: chr(0x110000), lambda: range(1, 2, 0), lambda: "a".center(5, ""),
    lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1]), lambda: bytes([300]),
    lambda: "".join([]) + [1, 2][2], lambda: dict([(1, 2, 3)]), lambda: dict([1]),
    lambda: int("", 16), lambda: "{}".format(), lambda: [1, 2].insert(),
]
for t in tests:
    try:
        print(t())
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = {"present": 1}
try:
    d["absent"]
except KeyError as e:
    print(repr(e), e.args, str(e))
