# copying collections types and namedtuples.
import copy
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

od = OrderedDict([("b", [1]), ("a", [2])])
od2 = copy.deepcopy(od)
print(od2, type(od2).__name__, od2["b"] is od["b"])
print(copy.copy(od)["b"] is od["b"])

dd = defaultdict(list)
dd["x"].append(1)
dd2 = copy.deepcopy(dd)
dd2["y"].append(2)
print(dd2, dd2.default_factory is list, sorted(dd))
dd3 = copy.copy(dd)
print(dd3["x"] is dd["x"], type(dd3).__name__)

cnt = Counter("mississippi")
cnt2 = copy.copy(cnt)
cnt2["m"] += 10
print(cnt["m"], cnt2["m"], type(cnt2).__name__)

Pt = namedtuple("Pt", "x y")
p = Pt([1], 2)
print(copy.copy(p) is p, copy.deepcopy(p), copy.deepcopy(p).x is p.x)

dq = deque([1, [2, 3]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq2[1].append(4)
print(dq, dq2, dq2.maxlen)
print(copy.copy(dq)[1] is dq[1])

cm = ChainMap({"a": 1}, {"b": [2]})
cm2 = copy.copy(cm)
cm2["a"] = 100
print(cm, cm2)
cm3 = copy.deepcopy(cm)
print(cm3.maps[1]["b"] is cm.maps[1]["b"], cm3)

nested = {"list": [OrderedDict(k=[1])], "tuple": (Counter(a=1),)}
n2 = copy.deepcopy(nested)
print(n2, n2["list"][0]["k"] is nested["list"][0]["k"])
