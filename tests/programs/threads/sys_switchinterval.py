# sys.getswitchinterval / setswitchinterval: the default, round trips and CPython's errors
import sys

print(sys.getswitchinterval())
for v in (0.001, 0.5, 1, True, 1e-9, 2.5e-6):
    sys.setswitchinterval(v)
    print(repr(v), sys.getswitchinterval())
for bad in (0, -1, -0.5, 0.0, "x", None, [1]):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    sys.setswitchinterval()
except TypeError as e:
    print("TypeError", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())

# a tiny interval still lets threads finish their work
import threading
sys.setswitchinterval(1e-6)
out = []
def work(k):
    s = 0
    for i in range(20000):
        s += i
    out.append((k, s))
ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
