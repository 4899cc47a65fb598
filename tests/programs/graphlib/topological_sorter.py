# graphlib.TopologicalSorter: static_order, batches through prepare/get_ready/done, cycles,
# and the errors for calls out of order.
from graphlib import TopologicalSorter, CycleError
g = {"d": {"b", "c"}, "c": {"a"}, "b": {"a"}, "a": set()}
ts = TopologicalSorter(g)
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts = TopologicalSorter()
ts.add("pants", "underwear"); ts.add("shoes", "pants", "socks"); ts.add("belt", "pants"); ts.add("jacket", "shirt", "belt")
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(sorted(ready))
    ts.done(*ready)
print(rounds)
ts = TopologicalSorter({1: [2], 2: [3], 3: [1]})
try:
    ts.prepare()
except CycleError as e:
    print("CycleError", e.args[0], len(e.args[1]), e.args[1][0] == e.args[1][-1], isinstance(e, ValueError))
ts = TopologicalSorter({"a": []})
for f in [ts.get_ready, ts.done, ts.is_active]:
    try: f()
    except ValueError as e: print("ValueError", e)
ts.prepare()
try: ts.prepare()
except ValueError as e: print("ValueError", e)
try: ts.add("x")
except ValueError as e: print("ValueError", e)
print(ts.get_ready(), bool(ts))
try: ts.done("zz")
except ValueError as e: print("ValueError", e)
ts.done("a")
try: ts.done("a")
except ValueError as e: print("ValueError", e)
print(bool(ts), ts.get_ready())
t2 = TopologicalSorter({"b": ["a"]}); t2.prepare()
try: t2.done("b")
except ValueError as e: print("ValueError", e)
print(list(TopologicalSorter({n: [n - 1] for n in range(1, 6)}).static_order()))
print(TopologicalSorter[str])
