# the parent reaches the end of its script with children still running: the daemonic one
# (sleeping 30 s) is terminated and the non-daemonic one is joined, so its line appears last
# and the program ends promptly; a daemonic child may not start children of its own
import multiprocessing as mp
import sys
import time


def forever(ready):
    print("daemon child started", flush=True)
    ready.set()
    time.sleep(30)
    print("daemon child: never printed", flush=True)


def slow(ready):
    ready.set()
    time.sleep(0.4)
    print("non-daemon child finished", flush=True)


def nested():
    try:
        mp.Process(target=len, args=((),)).start()
    except AssertionError as e:
        print("daemon grandchild:", e, flush=True)


if __name__ == '__main__':
    r1, r2 = mp.Event(), mp.Event()
    d = mp.Process(target=forever, args=(r1,), daemon=True)
    n = mp.Process(target=slow, args=(r2,))
    d.start()
    r1.wait(10)
    n.start()
    r2.wait(10)
    x = mp.Process(target=nested, daemon=True)
    x.start()
    x.join()
    print("daemon flags:", d.daemon, n.daemon, "alive:", d.is_alive(), n.is_alive())
    print("parent reaches the end", flush=True)
