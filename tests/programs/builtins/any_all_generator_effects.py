# any/all over generators with side effects: how far they consume
seen = []
def track(vals):
    for v in vals:
        seen.append(v)
        yield v
print(any(track([0, "", 3, 4])), seen)
seen.clear()
print(all(track([1, 2, 0, 5])), seen)
seen.clear()
print(any(track([])), all(track([])), seen)
g = track([0, 1, 2, 3])
print(any(g), list(g))
g = (x > 1 for x in [5, 0, 7])
print(all(g), list(g))
seen.clear()
print(any(x % 2 == 0 for x in track(range(1, 10, 2))), seen)
print(any([[], {}, (), 0.0, 0j]), all([[0], "0", -1, float("nan")]))
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool(%r)" % self.v)
        return bool(self.v)
print(any([Loud(0), Loud(1), Loud(2)]))
print(all([Loud(1), Loud(0), Loud(2)]))
print(any(map(Loud, [0, 0])))
try:
    any(5)
except TypeError as e:
    print("TypeError", e)
def boom():
    yield 1
    raise ValueError("never reached by any")
print(any(boom()))
try:
    all(boom())
except ValueError as e:
    print("ValueError", e)
print(all(iter([])), any(iter([None])), all(x for x in "abc"))
