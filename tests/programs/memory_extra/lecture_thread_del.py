# Which thread runs __del__? The one that drops the last reference.
import threading

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "in", threading.current_thread().name)

shared = {"r": Res("passed-to-thread")}

def worker():
    r = shared.pop("r")
    print("worker got", r.name)
    del r

t = threading.Thread(target=worker, name="Worker-1")
t.start()
t.join()

def maker(out):
    out.append(Res("made-in-thread"))

box = []
t = threading.Thread(target=maker, args=(box,), name="Worker-2")
t.start()
t.join()
print("box has", len(box))
box.clear()

local = threading.local()

def use_local():
    local.value = Res("thread-local")
    print("set thread local")

t = threading.Thread(target=use_local, name="Worker-3")
t.start()
t.join()
print("after join of Worker-3")
del t
local.value = Res("main-local")
print("main local:", local.value.name)
results = []
def many(i):
    x = Res(f"temp-{i}")
    results.append(x.name)
    del x
ts = [threading.Thread(target=many, args=(i,), name=f"T{i}") for i in range(3)]
for th in ts:
    th.start()
    th.join()
print(sorted(results))
print("end of main")
