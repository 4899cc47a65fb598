# why shared containers need locks: another thread mutating during iteration (forced with Events)
import threading

inventory = {"apples": 3, "pears": 5}
step = threading.Event()
done = threading.Event()

def intruder():
    step.wait()
    inventory["plums"] = 7
    done.set()

t = threading.Thread(target=intruder)
t.start()
try:
    for name in inventory:
        step.set()
        done.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()

s = {1, 2, 3}
step.clear(); done.clear()
def set_intruder():
    step.wait()
    s.add(99)
    done.set()
t = threading.Thread(target=set_intruder)
t.start()
try:
    for v in s:
        step.set()
        done.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()

# sorting a list while another thread appends to it
nums = [5, 3, 1, 4, 2]
step.clear(); done.clear()
def appender():
    step.wait()
    nums.append(0)
    done.set()
def slow_key(v):
    step.set()
    done.wait()
    return v
t = threading.Thread(target=appender)
t.start()
try:
    nums.sort(key=slow_key)
except ValueError as e:
    print("ValueError:", e)
t.join()
print("list after failed sort:", nums)

# the fix: iterate over a snapshot taken under a lock
lock = threading.Lock()
with lock:
    snapshot = list(inventory.items())
print(sorted(snapshot))
