# match: subject evaluated once, bindings persist after failed cases, mapping/sequence protocols.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


calls = []


def subject():
    calls.append("subject")
    return [1, 2, 3]


match subject():
    case [a]:
        pass
    case [a, b]:
        pass
    case [a, b, c]:
        print("three", a, b, c)
print(calls)

match [10, 20]:
    case [p, 99]:
        print("no")
    case _:
        pass
try:
    print("p after failed case:", p)
except NameError:
    print("p unbound")


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i < 2:
            return i * 100
        raise IndexError


match Seq():
    case [x, y]:
        print("custom non-Sequence", x, y)
    case _:
        print("custom class is not a sequence for match")


def tuple_or_list(v):
    match v:
        case (1, 2):
            return "matches tuple pattern"
        case [3, 4]:
            return "matches list pattern"
    return "no"


print(tuple_or_list([1, 2]), tuple_or_list((3, 4)))


class Counter:
    def __init__(self):
        self.lookups = 0

    def __getattr__(self, name):
        self.lookups += 1
        if name == "val":
            return 5
        raise AttributeError(name)


class CP:
    __match_args__ = ("val",)


c = Counter()
match c:
    case Counter(val=5):
        print("matched via __getattr__, lookups", c.lookups)

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)


def value_of(v):
    match v:
        case {"n": int() | float() as n} if n > 0:
            return n
        case {"n": _}:
            return "non-positive or non-number"
        case dict():
            return "no n"
    return "not dict"


print([value_of(v) for v in [{"n": 2}, {"n": -1}, {"n": "s"}, {}, 5]])


def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizz(i) for i in range(1, 16)))


def strings_not_sequences(v):
    match v:
        case [*chars]:
            return chars
        case str():
            return "string is not a sequence pattern"


print(strings_not_sequences("abc"), strings_not_sequences(bytearray(b"a")))
attempt("deep", lambda: [fizz(n) for n in (30, 9)])
