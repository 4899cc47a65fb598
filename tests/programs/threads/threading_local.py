# threading.local: attributes are per thread, unset attributes raise AttributeError
import threading

data = threading.local()
data.x = "main"
data.items = [1]

seen = {}
def worker(n):
    had_x = hasattr(data, "x")
    try:
        data.items
    except AttributeError as e:
        err = str(e)
    data.x = f"worker{n}"
    data.items = [n] * n
    seen[n] = (had_x, err, data.x, data.items)

ts = [threading.Thread(target=worker, args=(n,)) for n in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for n in sorted(seen):
    print(n, seen[n])
print("main still sees:", data.x, data.items)

try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, "x"), getattr(data, "x", "gone"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError on del:", e)

# the per-thread __dict__
data.y = 5
print(sorted(data.__dict__))

# values set in a thread disappear for that thread's successors (fresh thread, fresh dict)
check = []
def fresh():
    check.append(sorted(data.__dict__))
t = threading.Thread(target=fresh)
t.start()
t.join()
print(check)

# local() takes no arguments unless subclassed with __init__
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
