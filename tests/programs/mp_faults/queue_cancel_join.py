# Queue.cancel_join_thread(): a process that put more than the pipe can hold with nobody
# reading would wait for its feeder thread forever at exit; after cancel_join_thread() it
# ends at once instead (child and parent). Without the cancel, the parent reading everything
# lets the child exit normally.
import multiprocessing as mp

BIG = b"x" * (1 << 20)


def stuck_child(q, cancel):
    q.put(BIG)
    q.put(BIG)
    if cancel:
        q.cancel_join_thread()


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=stuck_child, args=(q, True))
    p.start()
    p.join(20)
    print("cancelled child ended:", p.exitcode)

    q2 = mp.Queue()
    p = mp.Process(target=stuck_child, args=(q2, False))
    p.start()
    p.join(0.3)
    print("uncancelled child still flushing:", p.exitcode)
    print("read", [len(q2.get(timeout=10)) for _ in range(2)])
    p.join(20)
    print("then ended:", p.exitcode)

    # the parent itself: 2 MB nobody will read, then exit without waiting for the feeder
    q3 = mp.Queue()
    q3.put(BIG)
    q3.put(BIG)
    q3.cancel_join_thread()
    print("parent exits with its feeder thread still blocked")
