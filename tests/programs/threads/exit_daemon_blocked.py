# a daemon thread blocked forever (an Event never set) does not keep the process alive
import threading

never = threading.Event()
ready = threading.Event()

def stuck():
    ready.set()
    never.wait()
    print("never printed")

def stuck_on_lock(lock):
    lock.acquire()
    print("never printed either")

t = threading.Thread(target=stuck, daemon=True)
t.start()
ready.wait()

held = threading.Lock()
held.acquire()
u = threading.Thread(target=stuck_on_lock, args=(held,))
u.daemon = True
u.start()

print("daemon alive:", t.is_alive(), t.daemon, u.daemon)
print("main done")
