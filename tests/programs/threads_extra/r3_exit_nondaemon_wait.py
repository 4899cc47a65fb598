# GIL lecture: process waits for non-daemon threads that print after main ends
import threading, time

started = threading.Event()
def late(i):
    started.wait()
    time.sleep(0.05 * (i + 1))
    print(f"late worker {i} done", flush=True)

for i in range(3):
    threading.Thread(target=late, args=(i,)).start()
def daemon_forever():
    threading.Event().wait()
threading.Thread(target=daemon_forever, daemon=True).start()
print("main thread finished its code", flush=True)
started.set()
