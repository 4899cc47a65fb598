# _thread helpers: start_new_thread argument errors, _thread.exit in a thread, LockType, error alias
import _thread
import threading

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("args not tuple", lambda: _thread.start_new_thread(print, [1]))
show("kwargs not dict", lambda: _thread.start_new_thread(print, (1,), [("a", 1)]))
show("func not callable", lambda: _thread.start_new_thread(5, ()))
show("too few", lambda: _thread.start_new_thread(print))
show("error is RuntimeError", lambda: _thread.error is RuntimeError)
show("LockType", lambda: _thread.LockType is type(threading.Lock()))
show("LockType name", lambda: _thread.LockType.__name__)
show("RLock type name", lambda: type(threading.RLock()).__name__)
show("TIMEOUT_MAX float", lambda: isinstance(threading.TIMEOUT_MAX, float) and threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)

out = []
lk = _thread.allocate_lock()
lk.acquire()
def quitter():
    out.append("before exit")
    try:
        _thread.exit()
    finally:
        out.append("finally ran")
        lk.release()
    out.append("never")
_thread.start_new_thread(quitter, ())
lk.acquire()
print(out)
def quitter2():
    try:
        raise SystemExit("bye")
    finally:
        lk.release()
_thread.start_new_thread(quitter2, ())
lk.acquire()
print("SystemExit in raw thread is silent")
show("exit_thread alias", lambda: _thread.exit_thread is _thread.exit)
show("lock acquire_lock", lambda: (lk.acquire_lock(0), lk.locked_lock(), lk.release_lock(), lk.locked()))
