# threading.local subclass: __init__ runs once per thread with the constructor's arguments
import threading

init_calls = []
lock = threading.Lock()

class Context(threading.local):
    kind = "class attribute"

    def __init__(self, start, step=1):
        with lock:
            init_calls.append(threading.current_thread().name)
        self.value = start
        self.step = step

    def advance(self):
        self.value += self.step
        return self.value

ctx = Context(10, step=5)
print(ctx.value, ctx.advance(), ctx.kind)

results = {}
def worker(name):
    first = ctx.value          # __init__(10, step=5) runs again for this thread
    for _ in range(3):
        ctx.advance()
    ctx.kind = "instance " + name
    results[name] = (first, ctx.value, ctx.kind)

ts = [threading.Thread(target=worker, args=(n,), name=n) for n in ("t1", "t2", "t3")]
for t in ts:
    t.start()
for t in ts:
    t.join()
for name in sorted(results):
    print(name, results[name])
print(sorted(init_calls))
print("main:", ctx.value, ctx.kind)

# a thread that never touches ctx does not run __init__
init_calls.clear()
t = threading.Thread(target=lambda: None)
t.start()
t.join()
print("untouched:", init_calls)

class Slotless(threading.local):
    pass
s = Slotless()
s.a = 1
print(isinstance(s, threading.local), s.a)
try:
    Slotless(1)
except TypeError as e:
    print("TypeError:", e)
