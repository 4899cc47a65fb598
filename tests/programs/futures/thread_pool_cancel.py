# cancelling ThreadPoolExecutor work: cancel() on pending vs running futures,
# shutdown(cancel_futures=True), CancelledError from result(), callbacks of cancelled
# futures, shutdown(wait=False) then waiting on the futures
import concurrent.futures as cf
import threading


def blocker(ev):
    ev.wait(10)
    return "unblocked"


if __name__ == '__main__':
    ev = threading.Event()
    ex = cf.ThreadPoolExecutor(max_workers=1)
    running = ex.submit(blocker, ev)
    while not running.running():
        pass
    pending = [ex.submit(pow, 2, i) for i in range(5)]
    seen = []
    pending[0].add_done_callback(lambda f: seen.append(("cb", f.cancelled())))
    print("cancel running:", running.cancel(), "cancel pending:", pending[0].cancel())
    print("states:", running.running(), pending[0].cancelled(), pending[1].running(), seen)
    ex.shutdown(wait=False, cancel_futures=True)
    print("after shutdown(cancel_futures):", [f.cancelled() for f in pending])
    ev.set()
    print("running one finished:", running.result(timeout=5))
    for f in pending[:2]:
        try:
            f.result()
        except cf.CancelledError as e:
            print("CancelledError", repr(e))
    # cancelled futures that no worker has picked up stay in state CANCELLED (not
    # CANCELLED_AND_NOTIFIED), so wait() and as_completed() do not count them as done
    done, not_done = cf.wait(pending + [running], timeout=0.05)
    print("wait:", len(done), len(not_done), "done():", [f.done() for f in pending])
    try:
        list(cf.as_completed(pending, timeout=0.05))
    except cf.TimeoutError as e:
        print("as_completed:", type(e).__name__, e)
    ex.shutdown(wait=True)

    # without cancel_futures, shutdown(wait=True) runs everything already queued
    ev2 = threading.Event()
    with cf.ThreadPoolExecutor(1) as ex2:
        first = ex2.submit(blocker, ev2)
        rest = [ex2.submit(pow, 3, i) for i in range(4)]
        print("cancel one of the queued:", rest[2].cancel())
        ev2.set()
    print(first.result(), [None if f.cancelled() else f.result() for f in rest])
    try:
        rest[2].exception()
    except cf.CancelledError:
        print("exception() raises CancelledError too")
