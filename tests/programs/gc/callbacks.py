# gc.callbacks: called with ("start"|"stop", info) around every collection.
import gc

gc.disable()
gc.collect()
events = []


def recorder(phase, info):
    events.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(recorder)
print(type(gc.callbacks).__name__, len(gc.callbacks))

lst = []
lst.append(lst)
del lst
n = gc.collect()
print("collected:", n)
for ev in events:
    print(ev)

events.clear()
gc.collect(0)
gc.collect(1)
print([(p, g) for p, g, _ in events])

stats = []


def stopper(phase, info):
    if phase == "stop":
        stats.append((info["collected"], info["uncollectable"]))


gc.callbacks.append(stopper)
for size in (1, 3, 6):
    nodes = [[] for _ in range(size)]
    for i, node in enumerate(nodes):
        node.append(nodes[i - 1])
    del nodes, node
    gc.collect()
print("stop info:", stats)

# both callbacks run, in list order
order = []
gc.callbacks[:] = [lambda p, i: order.append("first " + p),
                   lambda p, i: order.append("second " + p)]
gc.collect()
print(order)


# an exception in a callback is reported but the collection goes on
class Broken:
    def __call__(self, phase, info):
        raise ValueError("callback failed in " + phase)

    def __repr__(self):
        return "<broken callback>"


gc.callbacks[:] = [Broken()]
print("collect with a broken callback:", gc.collect())
gc.callbacks.clear()
print("callbacks left:", gc.callbacks)
gc.enable()
