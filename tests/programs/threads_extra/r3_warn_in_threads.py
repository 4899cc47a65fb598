# warnings: warnings raised in worker threads, captured with catch_warnings and "once" filtering
import threading, warnings, sys

with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    def w(i):
        warnings.warn(f"worker {i} deprecated", DeprecationWarning)
    ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
print(sorted(str(r.message) for r in rec), {r.category.__name__ for r in rec})
def sysexit():
    sys.exit(3)
t = threading.Thread(target=sysexit); t.start(); t.join()
print("sys.exit in thread is silent")
def uw():
    warnings.warn("from thread", UserWarning, stacklevel=1)
t = threading.Thread(target=uw); t.start(); t.join()
print("end")
sys.exit(1)
