# the low-level _thread module: start_new_thread, allocate_lock and a finished counter
import _thread
import threading

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
results = []
remaining = [4]

def work(n, scale=1):
    with lock:
        results.append(n * n * scale)
        remaining[0] -= 1
        if remaining[0] == 0:
            done.release()

done.acquire()
for i in range(4):
    _thread.start_new_thread(work, (i,), {"scale": 10})
done.acquire()
print(sorted(results))
print("LockType:", type(lock) is _thread.LockType, _thread.LockType.__name__)
print("error is RuntimeError:", _thread.error is RuntimeError)
print("lock is threading.Lock type:", type(threading.Lock()) is _thread.LockType)
try:
    _thread.start_new_thread(work, [1])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(work, (1,), [])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print("TypeError:", e)
print("_count is int:", isinstance(_thread._count(), int))
l = _thread.allocate_lock()
print(l.acquire_lock(), l.locked_lock(), l.release_lock(), l.locked())
