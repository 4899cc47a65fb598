from functools import cmp_to_key, total_ordering
import random

comparisons = 0
def counting_cmp(a, b):
    global comparisons
    comparisons += 1
    return (a > b) - (a < b)
def measure(label, data):
    global comparisons
    comparisons = 0
    out = sorted(data, key=cmp_to_key(counting_cmp))
    print(f"{label:<10} n={len(data):<4} comparisons={comparisons:<6} ok={out == sorted(data)}")
rng = random.Random(8)
measure("sorted", list(range(64)))
measure("reversed", list(range(64, 0, -1)))
measure("random", rng.sample(range(1000), 64))
measure("few", [3, 1, 2])
measure("dups", [2, 1] * 20)
measure("sawtooth", [i % 10 for i in range(60)])
@total_ordering
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        return self.rank == other.rank
    def __lt__(self, other):
        print(f"  compare {self.rank} < {other.rank}")
        return self.rank < other.rank
    def __repr__(self):
        return f"Card({self.rank})"
hand = [Card(r) for r in [9, 4, 12, 1, 7]]
print(sorted(hand))
print(sorted([Card(1), Card(2), Card(3)], reverse=True))
print(max(hand), min(hand))
