from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool
import threading

state = threading.local()
inits = []
lock = threading.Lock()

def init(tag):
    state.tag = tag
    with lock:
        inits.append(tag)

def read(_):
    return state.tag

with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as ex:
    print(sorted(set(ex.map(read, range(10)))))
print("inits ran:", 1 <= len(inits) <= 2, set(inits))

def bad_init():
    raise RuntimeError("init failed")

ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
import logging
logging.disable(logging.CRITICAL)
f = ex.submit(sum, [1, 2])
try:
    f.result(timeout=5)
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(sum, [1])
except BrokenThreadPool as e:
    print("submit after broken:", type(e).__name__)
ex.shutdown()
print(issubclass(BrokenThreadPool, RuntimeError))
