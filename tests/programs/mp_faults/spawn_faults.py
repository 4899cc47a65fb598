# spawn-context versions of the faults: a spawned child killed while the parent blocks in
# Pipe.recv (EOFError) and in join; Queue.get(timeout) after the spawned producer is
# killed; a spawned child killed while holding a Lock; a bounded spawn Queue raising Full;
# a spawn Pool re-raising a custom exception and reporting an unpicklable result; a spawned
# child that fails to unpickle its target's arguments
import multiprocessing as mp
import os
import queue
import signal
import sys
import time


class CustomError(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b


class NoPickle:
    def __reduce__(self):
        raise TypeError("NoPickle refuses")


class BadUnpickle:
    def __reduce__(self):
        return (BadUnpickle._explode, ())

    @staticmethod
    def _explode():
        raise ValueError("cannot rebuild")


def talker(conn):
    conn.send("hi")
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGKILL)


def producer(q, go):
    q.put("one")
    go.wait(10)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(30)


def holder(lock, ready):
    lock.acquire()
    ready.set()
    time.sleep(30)


def fail(a, b):
    raise CustomError(a, b)


def unpicklable_result():
    return NoPickle()


def noop(x):
    pass


if __name__ == '__main__':
    ctx = mp.get_context("spawn")
    a, b = ctx.Pipe(duplex=False)
    p = ctx.Process(target=talker, args=(b,))
    p.start()
    b.close()
    print("recv", a.recv())
    try:
        a.recv()
    except EOFError:
        print("EOFError after the spawned child died")
    p.join()
    print("exitcode", p.exitcode)

    q, go = ctx.Queue(), ctx.Event()
    p = ctx.Process(target=producer, args=(q, go))
    p.start()
    print("got", q.get(timeout=20))
    go.set()
    try:
        q.get(timeout=0.5)
    except queue.Empty:
        print("Empty after the producer died")
    p.join()
    print("exitcode", p.exitcode)

    lock, ready = ctx.Lock(), ctx.Event()
    p = ctx.Process(target=holder, args=(lock, ready))
    p.start()
    ready.wait(20)
    p.terminate()
    p.join()
    print("holder exitcode", p.exitcode, "acquire:", lock.acquire(timeout=0.1))

    bq = ctx.Queue(maxsize=1)
    bq.put(1)
    try:
        bq.put(2, timeout=0.1)
    except queue.Full:
        print("spawn Queue Full")

    with ctx.Pool(2) as pool:
        try:
            pool.apply(fail, (2, 3))
        except CustomError as e:
            print("pool:", type(e).__name__, e.args, e.total)
        try:
            pool.apply(unpicklable_result)
        except Exception as e:
            print("pool:", type(e).__name__, e.exc)
        print("pool still works:", pool.map(abs, [-1, -2, 3]))

    sys.stderr.flush()
    p = ctx.Process(target=noop, args=(BadUnpickle(),))
    saved = os.dup(2)
    null = open(os.devnull, "w")
    os.dup2(null.fileno(), 2)  # the child's unpickling traceback goes nowhere
    try:
        p.start()
        p.join()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        null.close()
    print("child that cannot unpickle its args: exitcode", p.exitcode)
