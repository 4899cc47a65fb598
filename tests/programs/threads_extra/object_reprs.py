# what the threading and queue objects look like when printed (addresses cut off)
import threading
import queue
import _thread

def cut(r):
    # drop " at 0x..." (the address) and keep everything else
    while " at 0x" in r:
        head, tail = r.split(" at 0x", 1)
        i = 0
        while i < len(tail) and tail[i] in "0123456789abcdef":
            i += 1
        r = head + tail[i:]
    return r

for obj in [threading.Event(), threading.Semaphore(2), threading.BoundedSemaphore(), threading.Barrier(2),
            threading.local(), threading.Timer(1, print), threading.Condition(), threading.Condition(threading.Lock()),
            queue.Queue(), queue.PriorityQueue(), threading.RLock()]:
    print(type(obj).__name__.ljust(16), cut(repr(obj)))
print(threading.Lock, type(threading.Lock()), type(threading.RLock()))
print(queue.Full)
print(threading.Thread, threading.Timer, threading.BrokenBarrierError)
print(threading.Thread.__module__, queue.Queue.__module__)
print(cut(repr(threading.current_thread)), threading.get_ident, _thread.allocate_lock)
print(threading.Timer.__mro__)
