import threading

local = threading.local()
local.value = "main"
results = {}
lock = threading.Lock()

def work(n):
    print_has = hasattr(local, "value")
    local.value = n * 10
    local.items = [n] * n
    with lock:
        results[n] = (print_has, local.value, len(local.items))

ts = [threading.Thread(target=work, args=(i,)) for i in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("main still:", local.value)
print(hasattr(local, "items"))

class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count

c = Counter(100)
c.bump()
seen = []
def use():
    seen.append(c.bump())
t = threading.Thread(target=use)
t.start(); t.join()
print(c.count, seen)
try:
    del local.missing
except AttributeError as e:
    print("AttributeError:", e)
