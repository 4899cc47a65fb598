# putting an unpicklable object on a Queue: put() itself does not raise; the feeder thread
# reports the error on stderr (captured here) and the items after it still arrive, in the
# parent and in a child. Connection.send and SimpleQueue.put raise in the caller instead.
import multiprocessing as mp
import sys
import threading


class NoPickle:
    def __reduce__(self):
        raise TypeError("NoPickle refuses")


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def text(self):
        return "".join(self.parts)


def summary(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return ("Traceback (most recent call last):" in lines, lines[-1] if lines else None)


def child(q, out):
    cap = Capture()
    sys.stderr = cap
    q.put(1)
    q.put(NoPickle())
    q.put(2)
    q.close()
    q.join_thread()  # the feeder has handled all three
    out.put(summary(cap.text()))


if __name__ == '__main__':
    cap = Capture()
    saved = sys.stderr
    sys.stderr = cap
    q = mp.Queue()
    try:
        q.put(NoPickle())
        print("put returned normally")
    except Exception as e:
        print("put raised", type(e).__name__)
    q.put("after")
    print("got", q.get(timeout=10))
    sys.stderr = saved
    print("stderr report:", summary(cap.text()))

    q2, out = mp.Queue(), mp.Queue()
    p = mp.Process(target=child, args=(q2, out))
    p.start()
    print("from child:", [q2.get(timeout=10) for _ in range(2)])
    print("child stderr report:", out.get(timeout=10))
    p.join()
    print("child exitcode", p.exitcode)

    a, b = mp.Pipe()
    for label, f in (("Connection.send", a.send), ("SimpleQueue.put", mp.SimpleQueue().put)):
        try:
            f(NoPickle())
            print(label, "no error")
        except TypeError as e:
            print(label, "TypeError", e)
    a.send("pipe still fine")
    print(b.recv())
    try:
        a.send(threading.Lock())
    except TypeError as e:
        print("lock:", e)
