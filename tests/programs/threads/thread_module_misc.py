# _thread module odds and ends: get_ident/get_native_id, TIMEOUT_MAX, error, stack_size, LockType
import _thread
import threading

print(isinstance(_thread.get_ident(), int), isinstance(_thread.get_native_id(), int))
print(_thread.get_ident() == threading.get_ident())
print(_thread.get_native_id() == threading.get_native_id())
print(_thread.get_ident() == threading.main_thread().ident)
print(type(_thread.TIMEOUT_MAX).__name__, _thread.TIMEOUT_MAX > 1e6)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(_thread.stack_size())
print(_thread.LockType.__name__, type(threading.Lock()) is _thread.LockType)

# idents of live threads differ from each other and from the main thread
box = {}
started = _thread.allocate_lock()
hold = _thread.allocate_lock()
hold.acquire()
def record(key):
    box[key] = (_thread.get_ident(), _thread.get_native_id())
    started.release()
    hold.acquire()     # stay alive until the main thread lets go
    hold.release()
for key in "ab":
    started.acquire()
    _thread.start_new_thread(record, (key,))
started.acquire()
hold.release()
idents = [box["a"][0], box["b"][0], _thread.get_ident()]
natives = [box["a"][1], box["b"][1], _thread.get_native_id()]
print(len(set(idents)), len(set(natives)))
print(all(isinstance(i, int) for i in idents + natives))
