# pickle.dumps bytes for dicts (SETITEMS batching), sets and frozensets of small ints, protocols 0..5.
import hashlib
import pickle


def show(label, x):
    print("--", label)
    for p in range(6):
        d = pickle.dumps(x, p)
        if len(d) > 160:
            print(p, len(d), hashlib.sha1(d).hexdigest(), d[:24], d[-14:])
        else:
            print(p, d)
        y = pickle.loads(d)
        if y != x or type(y) is not type(x):
            print("  ROUND TRIP MISMATCH", p, type(y).__name__)


show("dict0", {})
show("dict1", {"a": 1})
show("dict2", {"a": 1, "b": 2})
show("dict int keys", {1: "one", 2: "two", 3: None})
show("dict tuple key", {(1, 2): [3]})
show("nested dict", {"outer": {"inner": {}}})
show("dict insertion order", {3: 0, 1: 0, 2: 0})
for n in (999, 1000, 1001, 2000, 2001):
    show("dict%d" % n, {i: -i for i in range(n)})
show("set0", set())
show("set1", {5})
show("set3", {1, 2, 3})
show("set1000", set(range(1000)))
show("set1001", set(range(1001)))
show("set2000", set(range(2000)))
show("frozenset0", frozenset())
show("frozenset1", frozenset([5]))
show("frozenset3", frozenset([1, 2, 3]))
show("frozenset1000", frozenset(range(1000)))
show("frozenset1001", frozenset(range(1001)))
show("list holding set and frozenset", [set([7]), frozenset([8])])
# the set of 1001 items ends with a one-item ADDITEMS batch; the frozenset is not batched
d = pickle.dumps(set(range(1001)), 4)
print(d[-12:])
d = pickle.dumps(frozenset(range(1001)), 4)
print(d[:16], d[-12:])
d = pickle.dumps({i: None for i in range(1001)}, 2)
print(d[-12:])
