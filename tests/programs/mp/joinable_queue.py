# multiprocessing.JoinableQueue: daemon workers call task_done, the parent's join() returns
# once every item is done; task_done called too often raises ValueError
import multiprocessing as mp


def worker(q, results):
    while True:
        item = q.get()
        try:
            results.put((item, item ** 3))
        finally:
            q.task_done()


if __name__ == '__main__':
    q = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=worker, args=(q, results), daemon=True) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(12):
        q.put(i)
    q.join()  # all 12 task_done calls have happened
    got = sorted(results.get(timeout=10) for _ in range(12))
    print("got", got)
    print("empty after join", q.empty())
    # a second round reuses the same workers
    for i in range(100, 104):
        q.put(i)
    q.join()
    print("round 2", sorted(results.get(timeout=10) for _ in range(4)))
    # join on a queue with nothing outstanding returns at once
    q2 = mp.JoinableQueue()
    q2.join()
    q2.put("x")
    print("get", q2.get())
    q2.task_done()
    q2.join()
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    for w in workers:
        w.terminate()
        w.join()
    print("exitcodes", [w.exitcode for w in workers])
    for qq in (q, results, q2):
        qq.close()
        qq.join_thread()
