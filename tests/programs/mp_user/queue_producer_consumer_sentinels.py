# Two producers and three consumers over multiprocessing.Queue, terminated by None sentinels.
import multiprocessing as mp


def producer(q, start, count):
    for i in range(start, start + count):
        q.put(("item", i))


def consumer(q, results, name):
    handled = []
    while True:
        msg = q.get()
        if msg is None:
            break
        kind, value = msg
        handled.append(value * value)
    results.put((name, sorted(handled)))


if __name__ == '__main__':
    q = mp.Queue()
    results = mp.Queue()
    producers = [mp.Process(target=producer, args=(q, k * 100, 20)) for k in range(2)]
    consumers = [mp.Process(target=consumer, args=(q, results, "c%d" % k)) for k in range(3)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()
    for _ in consumers:
        q.put(None)
    collected = [results.get(timeout=10) for _ in consumers]
    for c in consumers:
        c.join()
    names = sorted(n for n, _ in collected)
    all_vals = sorted(v for _, vals in collected for v in vals)
    expected = sorted(i * i for k in range(2) for i in range(k * 100, k * 100 + 20))
    print("consumers reported:", names)
    print("items consumed:", len(all_vals))
    print("all squares correct:", all_vals == expected)
    print("sum:", sum(all_vals))
    print("exit codes:", [p.exitcode for p in producers + consumers])
