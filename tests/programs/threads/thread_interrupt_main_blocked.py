# _thread.interrupt_main only sets a flag: a main thread blocked in join/acquire/wait gets KeyboardInterrupt once woken
import _thread
import threading

def interrupt_and_finish():
    _thread.interrupt_main()
    # returning ends the thread, which wakes the main thread's join()

t = threading.Thread(target=interrupt_and_finish)
try:
    t.start()
    t.join()
    print("join returned without interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt raised around join()")
t.join()
print("worker alive:", t.is_alive())

# blocked in Lock.acquire: the worker interrupts, then releases the lock to wake main
lock = threading.Lock()
lock.acquire()
def interrupt_then_release():
    _thread.interrupt_main()
    lock.release()
w = threading.Thread(target=interrupt_then_release)
try:
    w.start()
    lock.acquire()
    print("acquired without interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt raised around acquire()")
w.join()
# whether main got the lock before noticing the interrupt depends on timing: just tidy up
if lock.locked():
    lock.release()
print("lock usable:", lock.acquire(timeout=10))

# blocked in Event.wait: the interrupt is noticed after set() wakes the main thread
ev = threading.Event()
def interrupt_then_set():
    _thread.interrupt_main()
    ev.set()
w = threading.Thread(target=interrupt_then_set)
try:
    w.start()
    ev.wait()
    print("wait returned without interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt raised around Event.wait()")
w.join()
print("event set:", ev.is_set())
