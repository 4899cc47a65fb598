# a worker catches its exception and hands it to the main thread, which re-raises it
import threading
import queue

errors = queue.Queue()

def parse_record(line):
    key, value = line.split("=")
    return key, int(value)

def worker(lines, out):
    try:
        for line in lines:
            out.append(parse_record(line))
    except Exception as e:
        errors.put(e)

good, bad = [], []
t1 = threading.Thread(target=worker, args=(["a=1", "b=2"], good))
t2 = threading.Thread(target=worker, args=(["c=3", "d=four"], bad))
for t in (t1, t2):
    t.start()
for t in (t1, t2):
    t.join()
print("good:", good)
print("bad so far:", bad)
print("errors queued:", errors.qsize())

def check():
    if not errors.empty():
        exc = errors.get()
        raise RuntimeError("a worker failed") from exc
check()
