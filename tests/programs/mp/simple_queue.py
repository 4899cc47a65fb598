# multiprocessing.SimpleQueue: put/get across processes (no feeder thread), empty(), close,
# several workers whose results are sorted in the parent
import multiprocessing as mp


def worker(inq, outq, wid):
    while True:
        job = inq.get()
        if job is None:
            outq.put(("stop", wid))
            break
        outq.put(("res", job, sum(range(job))))


if __name__ == '__main__':
    inq, outq = mp.SimpleQueue(), mp.SimpleQueue()
    print(type(inq).__name__, inq.empty())
    inq.put(1)
    print("after put, empty:", inq.empty())
    print("got", inq.get(), inq.empty())
    workers = [mp.Process(target=worker, args=(inq, outq, w)) for w in range(3)]
    for w in workers:
        w.start()
    for job in range(10, 20):
        inq.put(job)
    for _ in workers:
        inq.put(None)
    results, stops = [], []
    while len(stops) < len(workers):
        msg = outq.get()
        if msg[0] == "stop":
            stops.append(msg[1])
        else:
            results.append(msg[1:])
    for w in workers:
        w.join()
    print("stops", sorted(stops))
    print("results", sorted(results))
    print("exitcodes", [w.exitcode for w in workers], "empty", outq.empty(), inq.empty())
    outq.put({"nested": [1, (2, 3)], "s": "é"})
    print(outq.get())
    outq.close()
    try:
        outq.get()
    except OSError as e:
        print(type(e).__name__, e)
    inq.close()
    inq.close()
    print("closed twice ok")
