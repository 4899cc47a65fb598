import sys
import threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.0001)
print(round(sys.getswitchinterval(), 6))
for bad in (0, -1, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("1")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(5)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)

total = [0]
lock = threading.Lock()
def work():
    local = 0
    for i in range(50000):
        local += 1
    with lock:
        total[0] += local

ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])
print(type(sys.getswitchinterval()).__name__)
