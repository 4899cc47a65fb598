# a grandchild notices its parent's death: parent_process() gives the parent's name and pid,
# its sentinel becomes ready when the parent is killed (even before the parent is reaped),
# and is_alive() turns False; the orphaned grandchild finishes on its own
import multiprocessing as mp
from multiprocessing import connection
import os
import time


def grandchild(out, ready):
    par = mp.parent_process()
    out.put(("grandchild sees parent", par.name, par.pid == os.getppid(), par.is_alive()))
    ready.set()
    try:
        s = par.sentinel
    except Exception as e:
        out.put(("no sentinel", type(e).__name__, str(e)))
        s = None
    if s is not None:
        ready_list = connection.wait([s], timeout=5)
        out.put(("sentinel ready after the kill", len(ready_list)))
    else:
        deadline = time.monotonic() + 5
        while par.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
    out.put(("is_alive after the kill", par.is_alive()))


def middle(out, ready):
    g = mp.Process(target=grandchild, args=(out, ready), name="Grandchild")
    g.start()
    time.sleep(30)


if __name__ == '__main__':
    out, ready = mp.Queue(), mp.Event()
    m = mp.Process(target=middle, args=(out, ready), name="Middle")
    m.start()
    print(out.get(timeout=10))
    ready.wait(10)
    time.sleep(0.1)
    m.kill()  # not joined yet: a zombie until join()
    print(out.get(timeout=10))
    print(out.get(timeout=10))
    m.join()
    print("middle exitcode", m.exitcode, "main has parent:", mp.parent_process())
