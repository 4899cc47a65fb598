# GIL lecture: CPU-bound counting in 1 thread vs 4 threads, exact totals only
import threading

N = 200_000
def count(n, out, idx):
    c = 0
    for _ in range(n):
        c += 1
    out[idx] = c

out1 = [0]
t = threading.Thread(target=count, args=(N, out1, 0))
t.start(); t.join()
out4 = [0] * 4
ts = [threading.Thread(target=count, args=(N // 4, out4, i)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("single:", out1[0])
print("four:", out4, sum(out4))
print("equal:", out1[0] == sum(out4))
