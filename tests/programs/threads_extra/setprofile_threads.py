# threading.setprofile: a profiler counting Python-level calls per thread
import threading
from collections import defaultdict

counts = defaultdict(int)
lock = threading.Lock()

def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_filename == __file__:
        with lock:
            counts[(threading.current_thread().name, frame.f_code.co_name, event)] += 1

def leaf(n):
    return n + 1

def work():
    total = 0
    for i in range(5):
        total = leaf(total)
    return total

threading.setprofile(profiler)
print("getprofile:", threading.getprofile() is profiler)
ts = [threading.Thread(target=work, name="p%d" % i) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.setprofile(None)
for key in sorted(counts):
    print(key, counts[key])
