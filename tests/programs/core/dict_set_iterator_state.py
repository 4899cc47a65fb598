# Dict and set iterators: their length hints, what they do when the container changes under
# them, and how an exhausted iterator stays exhausted and lets its container go.
import operator
import sys


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print("hint at start", operator.length_hint(it))
next(it)
print("hint after one", operator.length_hint(it))
d["d"] = 4
print("hint after growth", operator.length_hint(it))
attempt("next after growth", lambda: next(it))
attempt("next again", lambda: next(it))

d = {"a": 1, "b": 2}
vals = iter(d.values())
items = iter(d.items())
print("values hint", operator.length_hint(vals), "items hint", operator.length_hint(items))
print(list(vals), list(items))
print("exhausted hints", operator.length_hint(vals), operator.length_hint(items))


def replace_keys():
    d = {"x": 0, "y": 1, "z": 2}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + "!"] = k
    return seen


attempt("keys replaced at the same size", replace_keys)


def pop_and_add():
    d = {1: "x", 2: "y"}
    out = []
    for k in d:
        out.append(k)
        d.pop(k)
        d[k * 10] = "z"
        if len(out) > 5:
            break
    return out


attempt("pop and add", pop_and_add)

d = {"only": 1}
it = iter(d)
print(list(it))
d["late"] = 2
print("after exhaustion", list(it), next(it, "default"))

holder = {"k": "v"}
before = sys.getrefcount(holder)
it = iter(holder)
print("iterator holds the dict", sys.getrefcount(holder) - before)
list(it)
print("exhausted iterator released it", sys.getrefcount(holder) - before)

s = {1, 2, 3}
si = iter(s)
print("set hint", operator.length_hint(si))
next(si)
print("set hint after one", operator.length_hint(si))
s.add(99)
print("set hint after growth", operator.length_hint(si))
attempt("set next after growth", lambda: next(si))

s = {5}
si = iter(s)
print(list(si))
s.add(6)
print("set after exhaustion", list(si))

fs = frozenset("ab")
fi = iter(fs)
print("frozenset hint", operator.length_hint(fi))
print(sorted(fi), operator.length_hint(fi))
