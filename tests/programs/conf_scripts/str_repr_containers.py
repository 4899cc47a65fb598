class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __str__(self):
        return f"{self.rank}{self.suit}"
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

class OnlyStr:
    def __str__(self):
        return "only-str"

class OnlyRepr:
    def __repr__(self):
        return "only-repr"

hand = [Card("A", "♠"), Card(10, "♥")]
print(hand)
print(hand[0], str(hand[1]), repr(hand[1]))
print({"best": hand[0]}, (hand[1],), {1: [hand[0]]})
print(f"{hand[0]} {hand[0]!r} {hand[0]!s:>6}|")
print("%s %r" % (hand[0], hand[0]))
print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at"), [o][0])
print(", ".join(map(str, hand)), "{} and {!r}".format(*hand))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr("\x00\x1f\x7f"))
print(str(None), repr(None), str(True), [True, None, 1.0, -0.0, "s"])
print(repr(1e16), repr(1e-5), repr(0.1 + 0.2), repr(123456789.0), str(1.0e15), 1e100)
print([float("inf"), float("-inf"), float("nan")], repr(2**64), repr(-17))
print(repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, None)), repr(frozenset()), repr(set()))
print(repr({}), repr([]), repr(()), repr((1,)), repr(dict(a=1)), repr([[]]), repr({1: {2: ()}}))
print(repr(type(hand)), repr(int), repr(len), str(Card).split("'")[1])
print(repr(b"bytes"), repr(bytearray()), repr(complex(1, -2)), repr(3j), repr(-0j), 1 + 0j)
import collections
Pt = collections.namedtuple("Pt", "x y")
print(Pt(1, 2), [Pt(x=0, y=-1)], repr(collections.deque([1, 2], maxlen=3)))
print(collections.OrderedDict(a=1), collections.Counter("aab"), collections.defaultdict(int, {1: 2}))
class Rec:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return f"Rec({self.me!r})"
l = [1]
l.append(l)
d = {}
d["d"] = d
print(l, d)
