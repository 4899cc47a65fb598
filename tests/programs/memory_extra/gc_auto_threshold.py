# When does the collector run by itself? Watch it with gc.callbacks.
import gc

gc.collect()
runs = []

def watch(phase, info):
    if phase == "stop":
        runs.append((info["generation"], info["collected"]))

class Node:
    def __init__(self):
        self.me = self

gc.callbacks.append(watch)
for i in range(2000):
    Node()
gc.callbacks.remove(watch)
print("automatic collections happened:", len(runs) > 0)
print("generations used:", sorted(set(g for g, _ in runs)))
print("each run collected whole cycles:", all(c % 1 == 0 for _, c in runs))
print("leftover garbage collected now:", gc.collect())

gc.set_threshold(100)
runs.clear()
gc.callbacks.append(watch)
for i in range(1000):
    Node()
gc.callbacks.remove(watch)
print("with threshold 100, runs:", len(runs))
print("leftover:", gc.collect())
gc.set_threshold(700, 10, 10)

gc.disable()
runs.clear()
gc.callbacks.append(watch)
for i in range(3000):
    Node()
gc.callbacks.remove(watch)
print("disabled: runs =", len(runs))
print("collect:", gc.collect())
gc.enable()
