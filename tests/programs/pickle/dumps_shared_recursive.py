# Memo behaviour: shared references, recursive lists/dicts, recursive tuples through a list; identity after loads.
import pickle


def show(label, x):
    print("--", label)
    for p in range(6):
        print(p, pickle.dumps(x, p))


a = [1]
show("shared list", [a, a])
show("shared dict in tuple", (lambda d: (d, d, [d]))({"k": 0}))
l = []
l.append(l)
show("self-recursive list", l)
d = {}
d["me"] = d
show("self-recursive dict", d)
t_holder = []
t = (t_holder, 5)
t_holder.append(t)
show("tuple recursive through list", t)
show("list holding that tuple", t_holder)
deep = [[[[]]]]
deep[0][0][0].append(deep)
show("deep cycle", deep)
x = [1, 2]
y = (x, x)
show("tuple of shared lists", [y, y])

# identity structure after loads
for p in range(6):
    r = pickle.loads(pickle.dumps([a, a], p))
    print(p, "shared", r, r[0] is r[1])
    r = pickle.loads(pickle.dumps(l, p))
    print(p, "recursive list", r, r[0] is r)
    r = pickle.loads(pickle.dumps(d, p))
    print(p, "recursive dict", r, r["me"] is r)
    r = pickle.loads(pickle.dumps(t, p))
    print(p, "recursive tuple", type(r).__name__, r[1], r[0][0] is r, type(r[0]).__name__)
    r = pickle.loads(pickle.dumps(t_holder, p))
    print(p, "holder", r[0][0] is r)
    r = pickle.loads(pickle.dumps(deep, p))
    print(p, "deep", r[0][0][0][0] is r)
    r = pickle.loads(pickle.dumps([y, y], p))
    print(p, "tuples", r[0] is r[1], r[0][0] is r[0][1], r[0][0] is r[1][1])

# a set containing a tuple that is shared with a list element
tt = (1, 2)
obj = [tt, {tt}, frozenset([tt])]
for p in range(6):
    r = pickle.loads(pickle.dumps(obj, p))
    print(p, "set/tuple sharing", r, next(iter(r[1])) is r[0], next(iter(r[2])) is r[0])
    print(" ", pickle.dumps(obj, p))
