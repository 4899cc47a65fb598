# a thread dies holding a Lock or RLock: the Lock stays locked, the RLock cannot be released by others
import threading

lk = threading.Lock()
rl = threading.RLock()
def grab_and_die():
    lk.acquire()
    rl.acquire()
    raise RuntimeError("died holding locks")
threading.excepthook = lambda a: print("hook:", a.exc_value)
t = threading.Thread(target=grab_and_die)
t.start(); t.join()
threading.excepthook = threading.__excepthook__
print("Lock locked:", lk.locked())
print("Lock acquire(False):", lk.acquire(False))
lk.release()
print("released by main:", not lk.locked())
print("RLock acquire(False):", rl.acquire(False))
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(rl).startswith("<locked _thread.RLock object owner="))
c = threading.Condition(threading.Lock())
with c:
    print("Condition _is_owned with Lock:", c._is_owned())
print("Condition _is_owned outside:", c._is_owned())
