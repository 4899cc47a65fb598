# the late-binding gotcha: lambdas made in a loop all see the loop variable's final value
import threading

out = []
lock = threading.Lock()
def record(v):
    with lock:
        out.append(v)

callbacks = [lambda: record(i) for i in range(4)]
ts = [threading.Thread(target=cb) for cb in callbacks]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("late binding:", out)

out.clear()
callbacks = [lambda i=i: record(i) for i in range(4)]
ts = [threading.Thread(target=cb) for cb in callbacks]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("default-arg fix:", sorted(out))

out.clear()
ts = [threading.Thread(target=record, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("args fix:", sorted(out))

shared_iter = iter(range(10000))
taken = []
def take():
    for v in shared_iter:
        taken.append(v)
ts = [threading.Thread(target=take) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("builtin iterator shared safely:", len(taken), len(set(taken)), sum(taken))
