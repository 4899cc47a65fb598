# Lock.release()/RLock.release() take no arguments: TypeError even when the lock is held
import threading
for lk in (threading.Lock(), threading.RLock()):
    lk.acquire()
    try:
        lk.release(1)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    print("still locked:", lk._is_owned() if hasattr(lk, "_is_owned") else lk.locked())
