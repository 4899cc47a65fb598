# _thread.allocate_lock: acquire/release, blocking=False, timeout, locked(), with-statement, errors
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(lock).__name__)
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(True, 0.01))
print(lock.acquire(timeout=0))
lock.release()
print(lock.locked())

try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.release()
except _thread.error as e:
    print("_thread.error is RuntimeError:", _thread.error is RuntimeError, e)

with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e, "locked:", lock.locked())

# acquire_lock / release_lock / locked_lock aliases
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.locked_lock())

for kw in [{"timeout": -0.5}, {"blocking": False, "timeout": 1}]:
    try:
        lock.acquire(**kw)
    except ValueError as e:
        print("ValueError:", e)
print(lock.acquire(timeout=-1), lock.locked())
lock.release()
# a lock acquired in one thread may be released by another
lock.acquire()
t_done = _thread.allocate_lock()
t_done.acquire()
def releaser():
    lock.release()
    t_done.release()
_thread.start_new_thread(releaser, ())
t_done.acquire()
print("released by other thread:", lock.locked())
