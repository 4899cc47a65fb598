# CPU-bound threads with a tiny switch interval: per-thread results are exact
import sys
import threading

sys.setswitchinterval(1e-5)
results = {}
lock = threading.Lock()
def collatz_total(lo, hi):
    steps = 0
    for n in range(lo, hi):
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
    with lock:
        results[lo] = steps
def primes(limit, key):
    sieve = bytearray([1]) * limit
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, limit, i)))
    with lock:
        results[key] = sum(sieve)
ts = [threading.Thread(target=collatz_total, args=(lo, lo + 2000)) for lo in (1, 2001, 4001)]
ts.append(threading.Thread(target=primes, args=(200000, "primes")))
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(results, key=str):
    print(k, results[k])
sys.setswitchinterval(0.005)
