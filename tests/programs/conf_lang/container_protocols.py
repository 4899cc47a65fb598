class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        print("getitem", i)
        return self.cards[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self.cards
    def __reversed__(self):
        print("reversed")
        return iter(self.cards[::-1])

d = Deck("ABC")
print(len(d), d[0], d[-1], d[0:2])
print("B" in d, "Z" not in d)
print(list(reversed(d)))
print(list(iter(d)))
for c in d:
    print("loop", c)


class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

o = OnlyGetitem()
print(list(o), 20 in o, 25 in o)
print(list(reversed([1, 2, 3])), list(reversed(range(4))))

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

c = Counter(3)
print(list(c), list(c))
print(next(iter(Counter(1))), next(Counter(0), "done"))

class Grid:
    def __init__(self):
        self.data = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __getitem__(self, key):
        return self.data[key]
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

g = Grid()
g[1, 2] = "a"
g[0:3] = "slice"
print(g[1, 2], g[0:3])
del g[1, 2]
print(g.data)
try:
    g["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    reversed(Counter(2))
except TypeError as e:
    print("TypeError:", e)
try:
    len(Counter(2))
except TypeError as e:
    print("TypeError:", e)
