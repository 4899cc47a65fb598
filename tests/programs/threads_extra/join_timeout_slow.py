# join(timeout) returns None even when the thread is still running: check is_alive()
import threading

release = threading.Event()

def slow():
    release.wait()

t = threading.Thread(target=slow, name="slowpoke")
t.start()
r = t.join(timeout=0.05)
print("join returned", r)
print("still alive after timeout:", t.is_alive())
r = t.join(0)
print("join(0):", r, t.is_alive())
release.set()
t.join(timeout=5)
print("alive after release:", t.is_alive())

fast = threading.Thread(target=lambda: None)
fast.start()
fast.join(timeout=-1)
print("negative join timeout ok, alive:", fast.is_alive())
fast.join(None)
print("join(None) ok")
