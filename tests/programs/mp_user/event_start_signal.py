# Several workers block on an Event; the parent sets it and they all report in through a Queue.
import multiprocessing as mp


def worker(idx, start_evt, ready_q, out_q):
    ready_q.put(idx)
    start_evt.wait()
    out_q.put((idx, "started after signal", start_evt.is_set()))


if __name__ == '__main__':
    start_evt = mp.Event()
    ready_q = mp.Queue()
    out_q = mp.Queue()
    procs = [mp.Process(target=worker, args=(i, start_evt, ready_q, out_q)) for i in range(4)]
    for p in procs:
        p.start()
    ready = sorted(ready_q.get(timeout=10) for _ in procs)
    print("ready:", ready)
    print("out queue empty before set:", out_q.empty())
    print("event set before:", start_evt.is_set())
    start_evt.set()
    results = sorted(out_q.get(timeout=10) for _ in procs)
    for r in results:
        print(r)
    for p in procs:
        p.join()
    print("wait with timeout on set event:", start_evt.wait(0.01))
    start_evt.clear()
    print("wait after clear:", start_evt.wait(0.05))
