# The lecture's loop in one thread: the baseline for threads_four.


import threading


def work(lo, hi, out):
    acc = 0
    for n in range(lo, hi):
        acc += n
    out.append(acc)


results = []
t = threading.Thread(target=work, args=(0, 40_000_000, results))
t.start()
t.join()
print(sum(results))
