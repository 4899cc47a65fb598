# Value and Array updated by 3 processes at once under get_lock() (no lost updates);
# lock=False objects have no get_lock; a shared RLock passed as lock=; writes from a child
# that is killed mid-way stay visible; conversion errors on assignment
import multiprocessing as mp
import time


def add_many(val, n):
    for _ in range(n):
        with val.get_lock():
            val.value += 1


def writer_then_die(arr, ready):
    for i in range(len(arr)):
        arr[i] = i * 11
    ready.set()
    time.sleep(30)


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


if __name__ == '__main__':
    v = mp.Value('i', 0)
    a = mp.Array('i', 4)
    ps = [mp.Process(target=add_many, args=(v, 300)) for _ in range(3)]
    for p in ps:
        p.start()
    add_many(v, 300)
    for p in ps:
        p.join()
    print("Value after 4 x 300 locked increments:", v.value, [p.exitcode for p in ps])

    d = mp.Value('d', 0.0)
    ps = [mp.Process(target=add_many, args=(d, 200)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("double Value:", d.value)

    rl = mp.RLock()
    shared = mp.Value('q', 10, lock=rl)
    print("same lock:", shared.get_lock() is rl)
    with shared.get_lock():
        with shared.get_lock():  # re-entrant
            shared.value *= 3
    print("q value", shared.value)

    raw = mp.Value('i', 5, lock=False)
    try_call("lock=False get_lock", lambda: raw.get_lock())
    rawa = mp.Array('i', 3, lock=False)
    try_call("lock=False Array get_lock", lambda: rawa.get_lock())
    try_call("lock='x'", lambda: mp.Value('i', 1, lock='x'))

    arr = mp.Array('i', 5)
    ready = mp.Event()
    p = mp.Process(target=writer_then_die, args=(arr, ready))
    p.start()
    ready.wait(10)
    p.kill()
    p.join()
    print("writes of a killed child:", arr[:], p.exitcode)

    try_call("assign str to int Value", setattr, v, "value", "x")
    try_call("assign float to int Value", setattr, v, "value", 1.5)
    try_call("Array slice wrong length", arr.__setitem__, slice(0, 2), [1, 2, 3])
    try_call("Array index out of range", arr.__getitem__, 5)
    try_call("Array bad typecode", mp.Array, 'z', 3)
    try_call("Value bad typecode", mp.Value, 'z')
    v.value = 2 ** 31 + 5
    print("int overflow wraps:", v.value)
