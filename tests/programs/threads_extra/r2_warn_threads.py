# warnings issued from several threads with catch_warnings(record=True) in the main thread
import threading
import warnings

class ThreadWarning(Warning):
    pass

def worker(i):
    warnings.warn("from worker %d" % i, ThreadWarning)
    warnings.warn("deprecated %d" % i, DeprecationWarning)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
    for t in ts: t.start()
    for t in ts: t.join()
print(sorted(str(x.message) for x in w))
print(sorted(set(x.category.__name__ for x in w)))
print(sorted(set(x.lineno for x in w)))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    ts = [threading.Thread(target=lambda: warnings.warn("same text", ThreadWarning)) for i in range(5)]
    for t in ts: t.start()
    for t in ts: t.join()
print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error")
    errs = []
    def strict():
        try:
            warnings.warn("boom", ThreadWarning)
        except ThreadWarning as e:
            errs.append(str(e))
    t = threading.Thread(target=strict); t.start(); t.join()
print(errs, len(w))
