import multiprocessing as mp

def add_many(counter, arr, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += i

if __name__ == "__main__":
    counter = mp.Value("i", 0)
    arr = mp.Array("d", 4)
    print(counter.value, list(arr))
    procs = [mp.Process(target=add_many, args=(counter, arr, 500)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter:", counter.value)
    print("arr:", list(arr))
    print(arr[:2], len(arr))
    raw = mp.Value("d", 1.5, lock=False)
    print(raw.value, hasattr(raw, "get_lock"))
    chars = mp.Array("c", b"hello")
    print(chars.value, chars.raw)
    ints = mp.Array("i", [3, 1, 2])
    print(sorted(ints), ints[0])
    lk = mp.Lock()
    print(lk.acquire(), lk.acquire(False))
    lk.release()
    rl = mp.RLock()
    with rl:
        with rl:
            print("rlock nested ok")
