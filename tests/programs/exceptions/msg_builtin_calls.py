# error messages from calling builtins and methods wrongly
calls = [
    lambda: int("12", base=50), lambda: "abc".split(None, "x"), lambda: [].sort(1),
    lambda: sorted(), lambda: list.append([], 1, 2), lambda: dict(1, 2), lambda: set(1, 2),
    lambda: "x".encode(1), lambda: "abc".find(), lambda: " ".join("a", "b"),
    lambda: [1, 2].pop("0"), lambda: {}.setdefault(), lambda: range(), lambda: enumerate(),
    lambda: zip(5), lambda: abs(), lambda: abs(1, 2), lambda: min(), lambda: round(),
    lambda: getattr(), lambda: isinstance(1), lambda: "a".replace("a"), lambda: len(1, 2),
    lambda: "abc".startswith(), lambda: [].index(), lambda: {}.fromkeys(), lambda: str(1, 2),
    lambda: bool(x=1), lambda: float(1, 2), lambda: tuple(1, 2), lambda: hash(),
]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
