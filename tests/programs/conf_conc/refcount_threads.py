import sys
import threading
import queue
import functools

data = [1, 2, 3]
base = sys.getrefcount(data)
print("base:", base)

started = threading.Event()
release = threading.Event()
seen = []

def hold(obj):
    seen.append(sys.getrefcount(obj) - base)
    started.set()
    release.wait()

t = threading.Thread(target=hold, args=(data,))
print("thread created:", sys.getrefcount(data) - base)
t.start()
started.wait()
print("thread running:", sys.getrefcount(data) - base >= 1)
release.set()
t.join()
print("after join:", sys.getrefcount(data) - base)
print("inside thread saw extra refs:", seen[0] >= 2)

q = queue.Queue()
q.put(data)
q.put(data)
print("queued twice:", sys.getrefcount(data) - base)
q.get()
print("one taken:", sys.getrefcount(data) - base)
q.get()
print("queue drained:", sys.getrefcount(data) - base)

p = functools.partial(print, data)
print("partial:", sys.getrefcount(data) - base)
del p
f = lambda: data
print("lambda global ref:", sys.getrefcount(data) - base)

class Holder:
    shared = data

print("class attr:", sys.getrefcount(data) - base)
Holder.shared = None
print("class attr cleared:", sys.getrefcount(data) - base)

tl = threading.local()
tl.obj = data
print("thread local:", sys.getrefcount(data) - base)
del tl.obj
print("thread local del:", sys.getrefcount(data) - base)

from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(1) as ex:
    fut = ex.submit(lambda x: x, data)
    fut.result()
print("future holds result:", sys.getrefcount(data) - base)
del fut
print("future dropped:", sys.getrefcount(data) - base)
