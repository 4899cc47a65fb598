# match: literal, capture, wildcard, or-patterns, as-patterns, guards.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "true"
        case None:
            return "none"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case int(n) if n < 0:
            return f"negative {n}"
        case x if isinstance(x, float):
            return f"float {x}"
        case _:
            return f"other {type(value).__name__}"


for v in [0, 2, -1, 1.5, 2j, "hi", b"bytes", True, None, "lengthy", -7, 9.25, [1], 1.0, False]:
    print(repr(v), "->", describe(v))


def capture(value):
    match value:
        case n:
            return ("captured", n)


print(capture(42))


def guard_side_effects(v):
    calls = []

    def check(tag, result):
        calls.append(tag)
        return result

    match v:
        case int() if check("first", v > 10):
            res = "big"
        case int() if check("second", v > 0):
            res = "positive"
        case _:
            res = "rest"
    return res, calls


print(guard_side_effects(50), guard_side_effects(5), guard_side_effects(-5))


def or_with_as(cmd):
    match cmd:
        case ("go" | "move") as verb:
            return f"verb {verb}"
        case ("n" | "s") | ("e" | "w") as direction:
            return f"direction {direction}"
        case _:
            return "unknown"


print([or_with_as(c) for c in ["go", "move", "e", "x"]])

match = "match is soft keyword"
case = 5
print(match, case)
_ = "underscore"
match [1, 2]:
    case [_, _]:
        print("wildcard does not bind:", _)


def bool_vs_int(v):
    match v:
        case True:
            return "True literal"
        case 1:
            return "int one"
    return "nothing"


print(bool_vs_int(1), bool_vs_int(True), bool_vs_int(1.0))
x = "outer"
match 99:
    case x:
        pass
print("capture rebinds:", x)
