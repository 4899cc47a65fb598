# "GIL demo": the switch interval is 5 ms and CPU-bound threads still produce correct totals
import sys
import threading

print("switch interval:", sys.getswitchinterval())
print("is 0.005:", sys.getswitchinterval() == 0.005)

def count_primes(lo, hi, out, idx):
    c = 0
    for n in range(lo, hi):
        if n < 2:
            continue
        k = 2
        while k * k <= n:
            if n % k == 0:
                break
            k += 1
        else:
            c += 1
    out[idx] = c

out = [0] * 4
ts = [threading.Thread(target=count_primes, args=(i * 5000, (i + 1) * 5000, out, i)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("primes below 20000:", sum(out), out)

sys.setswitchinterval(0.0001)
print("changed:", abs(sys.getswitchinterval() - 0.0001) < 1e-9)
out2 = [0] * 4
ts = [threading.Thread(target=count_primes, args=(i * 5000, (i + 1) * 5000, out2, i)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("same with tiny interval:", out2 == out)
for bad in (0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(0.005)
print("restored:", sys.getswitchinterval())
