# GIL lecture: daemon threads do not block exit; atexit-free ordering via join timeout
import threading, time, sys

ticks = []
def daemon_loop():
    while True:
        ticks.append(1)
        time.sleep(0.01)
d = threading.Thread(target=daemon_loop, daemon=True, name="bg")
d.start()
d.join(timeout=0.05)
print("daemon alive:", d.is_alive(), d.daemon)
print("ticks>0:", len(ticks) > 0)
def nd():
    time.sleep(0.1)
    print("non-daemon finishes last")
threading.Thread(target=nd).start()
print("main exits")
sys.stdout.flush()
