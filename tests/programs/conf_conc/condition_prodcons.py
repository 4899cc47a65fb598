import threading

items = []
cond = threading.Condition()
consumed = []
DONE = object()

def producer(start):
    for i in range(start, start + 5):
        with cond:
            items.append(i)
            cond.notify()

def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        if item is DONE:
            break
        consumed.append(item)

cons = [threading.Thread(target=consumer) for _ in range(2)]
prods = [threading.Thread(target=producer, args=(s,)) for s in (0, 100, 200)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
with cond:
    items.append(DONE)
    items.append(DONE)
    cond.notify_all()
for t in cons:
    t.join()
print(sorted(consumed))
print(len(consumed))

c2 = threading.Condition()
try:
    c2.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with c2:
    print("wait timeout:", c2.wait(timeout=0.01))
    print("wait_for:", c2.wait_for(lambda: 42, timeout=0.01))
    print("wait_for false:", c2.wait_for(lambda: 0, timeout=0.01))
