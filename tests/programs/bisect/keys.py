# bisect with key= (3.10+): searching records sorted by a field
from bisect import bisect_left, bisect_right, insort, insort_left
from operator import itemgetter, attrgetter

movies = [("Jaws", 1975), ("Titanic", 1997), ("The Birds", 1963), ("Aliens", 1986)]
by_year = sorted(movies, key=itemgetter(1))
print(by_year)
i = bisect_left(by_year, 1980, key=itemgetter(1))
print(i, by_year[i])
print(bisect_right(by_year, 1986, key=itemgetter(1)), bisect_left(by_year, 1900, key=itemgetter(1)))
insort(by_year, ("Love Story", 1970), key=itemgetter(1))
insort_left(by_year, ("Alien", 1986), key=itemgetter(1))
print(by_year)

class Event:
    def __init__(self, t, name):
        self.t, self.name = t, name
    def __repr__(self):
        return f"{self.name}@{self.t}"
log = []
for t, name in [(5, "b"), (1, "a"), (9, "d"), (5, "c"), (7, "x")]:
    insort(log, Event(t, name), key=attrgetter("t"))
print(log)
print(bisect_left(log, 6, key=attrgetter("t")), bisect_right(log, 5, key=attrgetter("t")))
# events in a time window
lo = bisect_left(log, 5, key=attrgetter("t"))
hi = bisect_right(log, 8, key=attrgetter("t"))
print(log[lo:hi])

# the key is applied to list items, never to x itself when searching
calls = []
def key(v):
    calls.append(v)
    return v.lower()
words = ["apple", "Banana", "cherry", "Date"]
print(bisect_left(words, "c", key=key), sorted(calls))
calls.clear()
insort(words, "Blueberry", key=key)
print(words, "Blueberry" in calls)

# key with lo/hi, and a key that fails
print(bisect_left([(0, "z"), (1, "y"), (2, "x")], "y", 1, key=itemgetter(1)))
try:
    bisect_left([1, 2, 3], 2, key=len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bisect_right([1, 2], 1, key=None, lo=-2)
except ValueError as e:
    print(type(e).__name__, e)
