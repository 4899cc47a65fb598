# a child killed (SIGKILL / SIGTERM) by a sibling while the parent is blocked in join();
# join(timeout) on a running child returns with exitcode None; connection.wait on the
# sentinels of killed children; a child that kills itself while the parent waits
import multiprocessing as mp
from multiprocessing import connection
import os
import signal
import time


def sleeper(ready):
    ready.set()
    time.sleep(30)


def assassin(pid, sig, delay):
    time.sleep(delay)
    os.kill(pid, sig)


def suicide(sig, delay):
    time.sleep(delay)
    os.kill(os.getpid(), sig)
    time.sleep(30)


if __name__ == '__main__':
    for sig in (signal.SIGKILL, signal.SIGTERM):
        ready = mp.Event()
        victim = mp.Process(target=sleeper, args=(ready,))
        victim.start()
        ready.wait(10)
        p = mp.Process(target=assassin, args=(victim.pid, sig, 0.2))
        p.start()
        victim.join(0.05)
        print(signal.Signals(sig).name, "after join(0.05):", victim.exitcode, victim.is_alive())
        victim.join()  # blocks until the sibling kills it
        p.join()
        print(signal.Signals(sig).name, "victim", victim.exitcode, victim.is_alive(),
              "assassin", p.exitcode)

    # connection.wait on sentinels: both end by signals
    ps = [mp.Process(target=suicide, args=(s, d))
          for s, d in ((signal.SIGTERM, 0.1), (signal.SIGKILL, 0.2))]
    for p in ps:
        p.start()
    pending = {p.sentinel: p for p in ps}
    ended = []
    while pending:
        for s in connection.wait(list(pending), timeout=10):
            ended.append(pending.pop(s))
    for p in ps:
        p.join()
    print("sentinels all ready:", sorted(p.exitcode for p in ended))
    print("wait on ended sentinels:", len(connection.wait([p.sentinel for p in ps], 0)))
    print("active:", mp.active_children())
