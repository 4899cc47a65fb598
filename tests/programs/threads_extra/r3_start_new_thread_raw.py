# _thread: start_new_thread with args/kwargs, allocate_lock handshake, get_ident distinct
import _thread, threading

done = _thread.allocate_lock()
done.acquire()
res = {}
def body(a, b, *, c):
    res["sum"] = a + b + c
    res["ident"] = _thread.get_ident()
    done.release()
_thread.start_new_thread(body, (1, 2), {"c": 3})
done.acquire()
print(res["sum"], res["ident"] != _thread.get_ident(), threading.get_ident() == _thread.get_ident())
try:
    _thread.start_new_thread(body, [1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(body, (1, 2), [])
except TypeError as e:
    print("TypeError", e)
print(_thread.allocate_lock().acquire(False), type(_thread.RLock()).__name__)
