# Two-stage pipeline with JoinableQueue: parse stage then aggregate, q.join() waits for task_done.
import multiprocessing as mp


def stage1(inq, midq):
    while True:
        line = inq.get()
        if line is None:
            inq.task_done()
            break
        word, n = line.split(":")
        midq.put((word, int(n)))
        inq.task_done()


def stage2(midq, outq):
    totals = {}
    while True:
        item = midq.get()
        if item is None:
            midq.task_done()
            break
        w, n = item
        totals[w] = totals.get(w, 0) + n
        midq.task_done()
    outq.put(totals)


if __name__ == '__main__':
    inq, midq = mp.JoinableQueue(), mp.JoinableQueue()
    outq = mp.Queue()
    lines = ["%s:%d" % (w, i) for i, w in enumerate(["apple", "pear", "fig", "apple", "fig", "apple"] * 3)]
    s1 = [mp.Process(target=stage1, args=(inq, midq)) for _ in range(2)]
    s2 = mp.Process(target=stage2, args=(midq, outq))
    for p in s1 + [s2]:
        p.start()
    for line in lines:
        inq.put(line)
    for _ in s1:
        inq.put(None)
    inq.join()
    print("stage1 queue drained")
    # a stage-1 worker's puts may still sit in its feeder thread after its task_done():
    # joining the workers flushes them, so the end marker is queued after every item
    # (without this the program can hang on midq.join() in CPython too)
    for p in s1:
        p.join()
    midq.put(None)
    midq.join()
    print("stage2 queue drained")
    totals = outq.get(timeout=10)
    s2.join()
    print(sorted(totals.items()))
    seq = {}
    for i, w in enumerate(["apple", "pear", "fig", "apple", "fig", "apple"] * 3):
        seq[w] = seq.get(w, 0) + i
    print("matches sequential:", totals == seq)
