import threading
import time

ev = threading.Event()

def wait_forever():
    ev.wait()

t = threading.Thread(target=wait_forever, daemon=True)
print("daemon kw:", t.daemon)
t2 = threading.Thread(target=wait_forever)
print("default:", t2.daemon)
t2.daemon = True
print("after set:", t2.daemon, t2.isDaemon())
t.start()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

def child_daemon():
    inner = threading.Thread(target=lambda: None)
    res.append(inner.daemon)

res = []
d = threading.Thread(target=child_daemon, daemon=True)
d.start(); d.join()
n = threading.Thread(target=child_daemon)
n.start(); n.join()
print("inherited:", res)
print("main daemon:", threading.main_thread().daemon)
print("alive daemon:", t.is_alive())
print("exiting with daemon running")
