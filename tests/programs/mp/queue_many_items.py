# multiprocessing.Queue with many items: 3 producers and 2 consumers, results sorted in the
# parent; large objects, per-producer FIFO order, close/join_thread in the children
import multiprocessing as mp


def producer(q, tag, n):
    for i in range(n):
        q.put((tag, i))
    q.close()
    q.join_thread()  # wait for the feeder thread to flush everything


def consumer(q, out, cid):
    seen = []
    while True:
        item = q.get()
        if item is None:
            break
        seen.append(item)
    # per-producer order is preserved even though producers interleave
    ordered = all(
        [i for t, i in seen if t == tag] == sorted(i for t, i in seen if t == tag)
        for tag in "abc")
    out.put((cid, len(seen), ordered, seen))


if __name__ == '__main__':
    q, out = mp.Queue(), mp.Queue()
    prods = [mp.Process(target=producer, args=(q, tag, 300)) for tag in "abc"]
    cons = [mp.Process(target=consumer, args=(q, out, c)) for c in range(2)]
    for p in prods + cons:
        p.start()
    for p in prods:
        p.join()
    for _ in cons:
        q.put(None)
    reports = [out.get(timeout=10) for _ in cons]
    for c in cons:
        c.join()
    total = sorted(x for r in reports for x in r[3])
    print("consumers", sorted(r[0] for r in reports), "ordered", all(r[2] for r in reports))
    print("total", len(total), sum(r[1] for r in reports), total == sorted((t, i) for t in "abc" for i in range(300)))
    print("exitcodes", [p.exitcode for p in prods + cons])
    # a large object goes through the pipe in one piece
    big = list(range(200_000))
    q.put(big)
    q.put(b"x" * 1_000_000)
    back = q.get(timeout=10)
    print("big", len(back), back[-1], back == big, len(q.get(timeout=10)))
    print("empty", q.empty())
    q.close(); q.join_thread()
    out.close(); out.join_thread()
