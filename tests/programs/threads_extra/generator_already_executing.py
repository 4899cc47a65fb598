# sharing one generator between threads: a second next() while it runs raises ValueError
import threading

inside = threading.Event()
go_on = threading.Event()

def numbers():
    n = 0
    while True:
        n += 1
        if n == 2:
            inside.set()
            go_on.wait()
        yield n

gen = numbers()
print("first:", next(gen))
got = []
def take():
    got.append(next(gen))
t = threading.Thread(target=take)
t.start()
inside.wait()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
try:
    gen.send(None)
except ValueError as e:
    print("send ValueError:", e)
try:
    gen.close()
except ValueError as e:
    print("close ValueError:", e)
print("gi_running:", gen.gi_running)
go_on.set()
t.join()
print("worker got:", got)
print("gi_running after:", gen.gi_running)
print("next:", next(gen))

# the usual fix: a lock around next()
class LockedIterator:
    def __init__(self, it):
        self.it = iter(it)
        self.lock = threading.Lock()
    def __iter__(self):
        return self
    def __next__(self):
        with self.lock:
            return next(self.it)

def slow_squares(n):
    for i in range(n):
        yield i * i
shared = LockedIterator(slow_squares(500))
collected = []
def drain():
    for x in shared:
        collected.append(x)
ds = [threading.Thread(target=drain) for _ in range(4)]
for d in ds:
    d.start()
for d in ds:
    d.join()
print("collected", len(collected), sum(collected))
