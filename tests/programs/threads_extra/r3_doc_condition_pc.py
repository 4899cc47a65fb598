# docs-style: Condition producer/consumer with wait_for and notify
import threading

cv = threading.Condition()
items = []
consumed = []
def consumer(k):
    for _ in range(5):
        with cv:
            cv.wait_for(lambda: items)
            consumed.append((k, items.pop(0)))

def producer():
    for i in range(10):
        with cv:
            items.append(i)
            cv.notify()

cs = [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
for c in cs: c.start()
p = threading.Thread(target=producer); p.start(); p.join()
for c in cs: c.join()
print(sorted(v for _, v in consumed))
print(sorted((k, n) for k, n in {k: sum(1 for kk, _ in consumed if kk == k) for k in (0, 1)}.items()))
print(items)
