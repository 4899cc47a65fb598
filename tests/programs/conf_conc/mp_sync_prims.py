import multiprocessing as mp

def wait_then_report(ev, q, i):
    ev.wait()
    q.put(i)

def guarded(sem, lock, counter, n):
    with sem:
        for _ in range(n):
            with lock:
                counter.value += 1

def at_barrier(b, q):
    q.put(b.wait() >= 0)

def consume(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item + 1000)
        jq.task_done()

if __name__ == "__main__":
    mp.set_start_method("fork")
    ev = mp.Event()
    q = mp.Queue()
    ps = [mp.Process(target=wait_then_report, args=(ev, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    print("event set?", ev.is_set())
    ev.set()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
    sem = mp.Semaphore(2)
    lock = mp.Lock()
    counter = mp.Value("l", 0, lock=False)
    ps = [mp.Process(target=guarded, args=(sem, lock, counter, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("counter", counter.value)
    b = mp.Barrier(3)
    ps = [mp.Process(target=at_barrier, args=(b, q)) for _ in range(3)]
    for p in ps:
        p.start()
    print([q.get() for _ in ps])
    for p in ps:
        p.join()
    jq = mp.JoinableQueue()
    out = mp.Queue()
    c = mp.Process(target=consume, args=(jq, out))
    c.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print(sorted(out.get() for _ in range(5)))
    c.join()
    print(c.exitcode)
    bs = mp.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
