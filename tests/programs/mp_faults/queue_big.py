# large Queue items: a 5 MB bytes object parent -> child -> parent (the child echoes it with
# a digest), a 2 MB list of ints, items put by two children at once interleave whole, and
# a child that puts a big item then exits normally still delivers it (its exit waits for the
# feeder thread, so the parent reads before join)
import multiprocessing as mp
import hashlib


def echo(inq, outq):
    data = inq.get(timeout=20)
    outq.put((len(data), hashlib.sha256(data).hexdigest()[:16]))
    outq.put(data[::-1])


def big_list(outq, n):
    outq.put(list(range(n)))


def writer(outq, wid, size):
    for i in range(3):
        outq.put((wid, i, bytes([wid]) * size))


if __name__ == '__main__':
    data = bytes(range(256)) * (5 * 1024 * 1024 // 256)
    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(inq, outq))
    p.start()
    inq.put(data)
    print("child saw", outq.get(timeout=20), hashlib.sha256(data).hexdigest()[:16])
    back = outq.get(timeout=20)
    print("echo back", len(back), back == data[::-1])
    p.join()
    print("exitcode", p.exitcode)

    p = mp.Process(target=big_list, args=(outq, 250000))
    p.start()
    lst = outq.get(timeout=20)
    p.join()
    print("list", len(lst), sum(lst), p.exitcode)

    ps = [mp.Process(target=writer, args=(outq, w, 300000)) for w in (1, 2)]
    for p in ps:
        p.start()
    got = [outq.get(timeout=20) for _ in range(6)]
    for p in ps:
        p.join()
    print("interleaved items whole:",
          sorted((w, i, len(b), set(b) == {w}) for w, i, b in got),
          "per-writer order kept:",
          all([i for w2, i, _ in got if w2 == w] == [0, 1, 2] for w in (1, 2)))
