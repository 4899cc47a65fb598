# a Pool worker that dies in the middle of a task (os._exit, SIGKILL): the task's result
# never comes (get(timeout) raises multiprocessing.TimeoutError), a new worker replaces the
# dead one and later tasks run; terminate() ends a pool with a lost task and with tasks still
# sleeping, without hanging; a closed pool refuses work
import multiprocessing as mp
import os
import signal
import time


def die(code):
    os._exit(code)


def self_kill():
    os.kill(os.getpid(), signal.SIGKILL)


def square(x):
    return x * x


def nap(x):
    time.sleep(x)
    return x


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e, isinstance(e, mp.TimeoutError))


if __name__ == '__main__':
    pool = mp.Pool(1)
    r = pool.apply_async(die, (5,))
    try_call("lost result", r.get, 0.3)
    print("ready:", r.ready())
    try_call("replacement worker", pool.apply, square, (7,))
    r2 = pool.apply_async(self_kill)
    try_call("killed worker", r2.get, 0.3)
    try_call("map after deaths", pool.map, square, range(6))
    pool.terminate()
    pool.join()
    print("terminated with lost tasks")

    pool = mp.Pool(2)
    rs = [pool.apply_async(nap, (20,)) for _ in range(3)]
    time.sleep(0.2)
    pool.terminate()
    pool.join()
    print("terminated while sleeping:", [r.ready() for r in rs])

    pool = mp.Pool(2)
    pool.close()
    try_call("apply on closed pool", pool.apply, square, (2,))
    try_call("map on closed pool", pool.map, square, [1])
    pool.join()
    try_call("join twice", pool.join)
    try_call("Pool(0)", mp.Pool, 0)
    try_call("Pool(maxtasksperchild=0)", lambda: mp.Pool(1, maxtasksperchild=0))
    try_call("Pool(initializer=5)", lambda: mp.Pool(1, initializer=5))
    with mp.Pool(2) as pool:
        try_call("imap chunksize 0", pool.imap, square, [1], 0)
        try_call("imap_unordered chunksize 0", pool.imap_unordered, square, [1], 0)
        try_call("map_async empty", lambda: pool.map_async(square, []).get(5))
        it = pool.imap(nap, [0.3])
        try_call("imap next(timeout=0.05)", it.next, 0.05)
        print("then", it.next(10))
    try_call("join a running pool", lambda: mp.Pool(1).join())
