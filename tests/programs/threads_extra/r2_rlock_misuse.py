# RLock: over-release, release from another thread, _is_owned, repr counts, recursion depth
import threading

r = threading.RLock()
def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for i in range(3):
    r.acquire()
print("owned", r._is_owned())
rep = repr(r)
print("count=3" in rep, rep.startswith("<locked _thread.RLock object owner="))
res = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
    res.append(r._is_owned())
    res.append(r.acquire(False))
t = threading.Thread(target=other)
t.start(); t.join()
print(res)
for i in range(3):
    r.release()
show("over release", r.release)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0"))
with r:
    with r:
        print("nested", "count=2" in repr(r))
show("exit unowned", lambda: r.__exit__(None, None, None))
show("enter returns", lambda: r.__enter__())
r.release()
l = threading.Lock()
show("Lock enter returns", lambda: l.__enter__())
show("Lock locked", l.locked)
l.__exit__(None, None, None)
show("Lock locked after exit", l.locked)
show("Lock exit again", lambda: l.__exit__(None, None, None))
show("release_save unowned", lambda: threading.RLock()._release_save())
