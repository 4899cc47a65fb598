import sys
import threading
import atexit

atexit.register(lambda: print("atexit ran, alive:", t.is_alive()))

def worker():
    threading.Event().wait(0.05)
    print("non-daemon worker done")

t = threading.Thread(target=worker)
t.start()
d = threading.Thread(target=threading.Event().wait, daemon=True)
d.start()
print("main exits with 4")
sys.exit(4)
