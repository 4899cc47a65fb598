# The lecture's loop split across four threads, a quarter each. Under a GIL this takes
# about as long as threads_one: only one thread runs bytecode at a time.

import threading


def work(lo, hi, out):
    acc = 0
    for n in range(lo, hi):
        acc += n
    out.append(acc)


results = []
quarter = 10_000_000
threads = [threading.Thread(target=work, args=(k * quarter, (k + 1) * quarter, results)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(results))
