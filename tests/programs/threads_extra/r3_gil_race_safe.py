# GIL lecture: classic "race" demo with small increments, and list.append which is atomic
import threading

items = []
def appender(k):
    for i in range(5000):
        items.append((k, i))

ts = [threading.Thread(target=appender, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(items), len(set(items)))
per = {}
for k, i in items:
    per.setdefault(k, []).append(i)
print({k: v == list(range(5000)) for k, v in sorted(per.items())})
d = {}
def setter(k):
    for i in range(2000):
        d[(k, i)] = i
ts = [threading.Thread(target=setter, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), sum(d.values()))
