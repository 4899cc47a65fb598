# Observing the collector with gc.callbacks
import gc
import sys

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__name__)

events = []

def watcher(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(watcher)

class Cell:
    def __init__(self):
        self.me = self

Cell()
Cell()
n = gc.collect()
print("collect returned", n)
for e in events:
    print(e)
events.clear()

gc.collect(0)
print("gen0 events:", [(p, g) for p, g, c, u in events])
events.clear()

def keys_watcher(phase, info):
    print(phase, sorted(info))

gc.callbacks.append(keys_watcher)
gc.collect(1)
gc.callbacks.remove(keys_watcher)
gc.callbacks.remove(watcher)
events.clear()
gc.collect()
print("after removing:", events)

def boom(phase, info):
    if phase == "start":
        raise RuntimeError("callback failed")

gc.callbacks.append(boom)
print("collect with failing callback:", gc.collect())
gc.callbacks.remove(boom)
print("callbacks left:", gc.callbacks)
