# threading.Lock is _thread.allocate_lock, a builtin taking no arguments
import threading, _thread
for f in (threading.Lock, _thread.allocate_lock, _thread.allocate):
    try:
        f(1)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
try:
    threading.Lock(blocking=True)
except TypeError as e:
    print("TypeError:", e)
