# while the main thread spins on the CPU, a sleeping thread still gets the GIL back every time
import threading
import time

ticks = [0]
def heartbeat():
    for _ in range(5):
        time.sleep(0.02)
        ticks[0] += 1

t = threading.Thread(target=heartbeat)
t.start()
start = time.perf_counter()
spins = 0
# spin (never sleeping) until the heartbeat thread has ticked 5 times, or 2 s pass
while ticks[0] < 5 and time.perf_counter() - start < 2.0:
    spins += 1
print("heartbeats during the busy loop:", ticks[0], "main spun:", spins > 0)
t.join()

# the reverse: a CPU-bound thread cannot stop the main thread's join(timeout) from returning
stop = [False]
def burner():
    n = 0
    while not stop[0]:
        n += 1
b = threading.Thread(target=burner)
b.start()
t0 = time.perf_counter()
b.join(timeout=0.05)
waited = time.perf_counter() - t0
print("join(0.05) returned while the burner runs:", b.is_alive(), "promptly:", waited < 0.3)
stop[0] = True
b.join()
print("burner stopped:", not b.is_alive())
