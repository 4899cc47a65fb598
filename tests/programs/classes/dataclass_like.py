# a hand-written record class combining several special methods
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __repr__(self):
        return "Card(" + repr(self.rank) + ", " + repr(self.suit) + ")"
    def __str__(self):
        return self.rank + self.suit
    def __eq__(self, o):
        if not isinstance(o, Card):
            return NotImplemented
        return (self.rank, self.suit) == (o.rank, o.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __lt__(self, o):
        return Card.RANKS.index(self.rank) < Card.RANKS.index(o.rank)
class Hand:
    def __init__(self, *cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __iter__(self):
        return iter(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        return c in self.cards
    def __add__(self, o):
        return Hand(*(self.cards + o.cards))
    def __str__(self):
        return " ".join(str(c) for c in self)
h = Hand(Card("A", "s"), Card("3", "h"), Card("T", "d"))
print(len(h), h, h[0], repr(h[1]), Card("3", "h") in h, Card("3", "s") in h)
print(sorted(h), max(h), min(h))
h2 = h + Hand(Card("2", "c"))
print(h2, len(h2), h2[-1])
print(len({Card("A", "s"), Card("A", "s"), Card("K", "s")}))
print(Card("A", "s") == "As", Card("A", "s") != Card("A", "h"))
print([str(c) for c in h if c.suit in "sd"], h[1:])
