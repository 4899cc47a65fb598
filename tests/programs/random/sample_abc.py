# sample() accepts any collections.abc.Sequence (deque is a registered MutableSequence),
# and rejects sets, dicts and unregistered look-alikes.
import collections
import collections.abc
import random

random.seed(1)
print(random.sample(collections.deque([1, 2, 3, 4]), 2))


class Squares(collections.abc.Sequence):
    def __len__(self):
        return 6

    def __getitem__(self, i):
        if not 0 <= i < 6:
            raise IndexError(i)
        return i * i


print(random.sample(Squares(), 3), random.choice(Squares()))


class LooksLikeOne:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i


for pop in (LooksLikeOne(), {}.keys(), {1: 2}, {3, 4}, frozenset([5])):
    try:
        print(random.sample(pop, 1))
    except TypeError as e:
        print(type(pop).__name__, "TypeError", e)
print(random.sample(range(5), 5), random.sample("hello", 2), random.sample((7, 8, 9), 1))
