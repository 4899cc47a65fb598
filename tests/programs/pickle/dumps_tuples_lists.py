# pickle.dumps bytes for tuples (len 0..5, nested) and lists (0..2500 items, APPENDS batching), protocols 0..5.
import hashlib
import pickle


def show(label, x):
    print("--", label)
    for p in range(6):
        d = pickle.dumps(x, p)
        if len(d) > 160:
            print(p, len(d), hashlib.sha1(d).hexdigest(), d[:24], d[-12:])
        else:
            print(p, d)
        y = pickle.loads(d)
        if y != x or type(y) is not type(x):
            print("  ROUND TRIP MISMATCH", p, type(y).__name__)


show("tuple0", ())
show("tuple1", (1,))
show("tuple2", (1, 2))
show("tuple3", (1, 2, 3))
show("tuple4", (1, 2, 3, 4))
show("tuple5", (1, 2, 3, 4, 5))
show("nested tuples", ((), (1,), ((2, 3), 4)))
show("tuple holding list", (1, [2, 3]))
show("list0", [])
show("list1", [7])
show("list2", [7, 8])
show("list3 mixed", [None, True, "s"])
show("nested lists", [[], [[]], [1, [2]]])
for n in (999, 1000, 1001, 2000, 2001, 2500):
    show("list%d" % n, list(range(n)))
show("list of 1001 tuples", [(i,) for i in range(1001)])
show("tuple of 1500", tuple(range(1500)))
# count the APPENDS ('e') batches by looking at the opcode structure via pickletools-free means
for n in (999, 1000, 1001, 2001):
    d = pickle.dumps([None] * n, 2)
    print(n, "MARK count", d.count(b"("), "APPENDS count", d.count(b"e"), "APPEND count", d.count(b"a"), len(d))
for n in (1, 2, 1000, 1001):
    d = pickle.dumps([None] * n, 1)
    print("p1", n, d[:6], d[-6:], len(d))
