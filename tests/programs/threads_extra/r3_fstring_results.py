# GIL lecture: f-string and format() output of thread results
import threading

res = {}
lock = threading.Lock()
def compute(name, x):
    v = x ** 0.5, x * 3.14159, -x, x / 7
    with lock:
        res[name] = v

ts = [threading.Thread(target=compute, args=(f"job{i}", i * 17 + 3)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(res):
    a, b, c, d = res[k]
    print(f"{k:<6}|{a:8.3f}|{b:>10.2e}|{c:+05d}|{d:.4g}|{d!r:.8}|{k!s:^9}|")
    print("{0:*^12}|{1:#x}|{2:o}|{3:%}".format(k, int(b), int(a * 100), d / 100))
print(f"{len(res)=} {sorted(res)[0]!r:>8}")
print(format(1234567.891, ",.2f"), format(0.000012, "e"), f"{12345678901234:_}")
