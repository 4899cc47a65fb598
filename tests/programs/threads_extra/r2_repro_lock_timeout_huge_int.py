# Lock.acquire(timeout=<int beyond _PyTime_t>) raises "timestamp too large to convert to C _PyTime_t"
import threading
for t in (2**63, 10**30):
    try:
        threading.Lock().acquire(timeout=t)
    except OverflowError as e:
        print(t, "OverflowError:", e)
