# the interpreter waits for non-daemon threads after the main thread's last line
import threading
import time

def slow_worker(name, delay):
    time.sleep(delay)
    print(name, "finished after the main thread ended")

t = threading.Thread(target=slow_worker, args=("worker", 0.1))
t.start()
d = threading.Thread(target=time.sleep, args=(30,), daemon=True)
d.start()
print("main thread done; worker alive:", t.is_alive())
