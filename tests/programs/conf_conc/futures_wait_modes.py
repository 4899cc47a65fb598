from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading

gate = threading.Event()

def blocked(x):
    gate.wait()
    return x

def fails():
    raise OSError("disk")

with ThreadPoolExecutor(max_workers=4) as ex:
    slow = [ex.submit(blocked, i) for i in range(2)]
    quick = ex.submit(lambda: "quick")
    done, not_done = wait(slow + [quick], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    bad = ex.submit(fails)
    done, not_done = wait(slow + [bad], return_when=FIRST_EXCEPTION)
    print("first exception:", [type(f.exception()).__name__ for f in done], len(not_done))
    done, not_done = wait(slow, timeout=0.02)
    print("timeout:", len(done), len(not_done))
    gate.set()
    done, not_done = wait(slow, return_when=ALL_COMPLETED)
    print("all:", sorted(f.result() for f in done), len(not_done))
print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

gate2 = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate2.wait)
queued = [ex.submit(int, "5") for _ in range(3)]
print("cancel queued:", queued[0].cancel(), queued[0].cancelled())
gate2.set()
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() or f.result() for f in queued])
print(first.result())
