# subclassing Thread: run() stores its result on self, read after join()
import threading

class PrimeCounter(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__(name="primes-%d-%d" % (lo, hi))
        self.lo, self.hi = lo, hi
        self.result = None

    def run(self):
        count = 0
        for n in range(max(self.lo, 2), self.hi):
            d = 2
            while d * d <= n:
                if n % d == 0:
                    break
                d += 1
            else:
                count += 1
        self.result = count

class Failing(threading.Thread):
    def __init__(self):
        super().__init__()
        self.error = None
    def run(self):
        try:
            {}["missing"]
        except KeyError as e:
            self.error = e

workers = [PrimeCounter(i * 2500, (i + 1) * 2500) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.result)
print("total primes below 10000:", sum(w.result for w in workers))
f = Failing()
f.start(); f.join()
print("error captured:", repr(f.error))
print("subclass name pattern:", f.name.startswith("Thread-"), "(Failing)" in f.name)

class NoSuperInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoSuperInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    NoSuperInit().name
except Exception as e:
    print(type(e).__name__, e)
