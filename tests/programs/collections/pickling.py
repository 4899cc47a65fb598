# Round-tripping the collections types (and SimpleNamespace) through pickle and copy.
import copy
import pickle
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, defaultdict, deque, namedtuple
from types import SimpleNamespace

P = namedtuple("P", "x y")
objs = [P(1, 2), OrderedDict(a=1, b=2), Counter("aab"), defaultdict(list, a=[1]), deque([1, 2], 5),
        SimpleNamespace(a=1, b=[2]), UserDict(a=1), UserList([3, 4])]
for obj in objs:
    results = []
    for proto in (0, 2, 4, pickle.HIGHEST_PROTOCOL):
        r = pickle.loads(pickle.dumps(obj, proto))
        results.append(r == obj and type(r) is type(obj))
    print(type(obj).__name__, all(results), r)
    c = copy.deepcopy(obj)
    print("  deepcopy:", c == obj, type(c) is type(obj), c is not obj)

od = pickle.loads(pickle.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(list(od), od.popitem(last=False))
dd = pickle.loads(pickle.dumps(defaultdict(int, {"k": 1})))
dd["new"] += 5
print(dd, dd.default_factory)
cm = ChainMap({"a": 1}, {"b": 2})
print(copy.copy(cm), copy.deepcopy(cm).maps)
