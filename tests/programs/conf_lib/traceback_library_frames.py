import traceback
import functools, itertools, operator, heapq, bisect
from collections import defaultdict

def risky(a, b=1):
    return a / b

def show(label, fn):
    try:
        fn()
    except Exception:
        print("==", label)
        print(traceback.format_exc())

show("reduce", lambda: functools.reduce(lambda a, b: risky(a, b), [1, 2, 0]))
show("partial", lambda: functools.partial(risky, 5, 0)())
show("accumulate", lambda: list(itertools.accumulate([4, 2, 0], risky)))
show("starmap", lambda: list(itertools.starmap(risky, [(1, 1), (2, 0)])))
show("sorted-key", lambda: sorted([3, 0, 1], key=lambda v: risky(1, v)))
show("map", lambda: list(map(risky, [1, 2], [1, 0])))
dd = defaultdict(lambda: risky(1, 0))
show("defaultdict", lambda: dd["missing"])
show("itemgetter", lambda: operator.itemgetter(5)([1, 2]))
@functools.lru_cache(maxsize=None)
def cached(x):
    return risky(10, x)
show("lru_cache", lambda: cached(0))
class Bad:
    def __lt__(self, other):
        raise TypeError("no ordering for Bad")
show("heapq", lambda: heapq.heapify([Bad(), Bad(), Bad()]))
show("bisect", lambda: bisect.insort([1, 2, 3], Bad()))
