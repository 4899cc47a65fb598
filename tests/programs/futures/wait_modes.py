# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED (sizes of
# done/not_done, made deterministic with events), timeouts, already-finished inputs
import concurrent.futures as cf
import threading


def gated(ev, value):
    ev.wait(5)
    if isinstance(value, Exception):
        raise value
    return value


if __name__ == '__main__':
    print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
    with cf.ThreadPoolExecutor(4) as ex:
        evs = [threading.Event() for _ in range(3)]
        futs = [ex.submit(gated, evs[i], i) for i in range(3)]
        evs[1].set()
        done, not_done = cf.wait(futs, return_when=cf.FIRST_COMPLETED)
        print("FIRST_COMPLETED", len(done), len(not_done), [f.result() for f in done])
        print("types", type(done).__name__, type(not_done).__name__, type(cf.wait([])).__name__)
        for e in evs:
            e.set()
        done, not_done = cf.wait(futs)  # ALL_COMPLETED is the default
        print("ALL_COMPLETED", len(done), len(not_done), sorted(f.result() for f in done))

        evs = [threading.Event() for _ in range(4)]
        vals = [0, RuntimeError("oops"), 2, 3]
        futs = [ex.submit(gated, evs[i], vals[i]) for i in range(4)]
        evs[0].set()
        futs[0].result()
        evs[1].set()
        done, not_done = cf.wait(futs, return_when=cf.FIRST_EXCEPTION)
        print("FIRST_EXCEPTION", len(done), len(not_done),
              sorted(repr(f.exception()) for f in done))
        done, not_done = cf.wait(futs, timeout=0.05)
        print("timeout", len(done), len(not_done))
        done, not_done = cf.wait(futs, timeout=0.05, return_when=cf.FIRST_COMPLETED)
        print("FIRST_COMPLETED with some done already", len(done), len(not_done))
        for e in evs:
            e.set()
        done, not_done = cf.wait(futs, return_when=cf.FIRST_EXCEPTION)
        print("FIRST_EXCEPTION returns at once when one has raised", len(done), len(not_done))

        ok = [ex.submit(abs, -i) for i in range(3)]
        done, not_done = cf.wait(ok, return_when=cf.FIRST_EXCEPTION)
        print("FIRST_EXCEPTION without exceptions", len(done), len(not_done))
        print("empty", cf.wait([]))
        print("DoneAndNotDoneFutures fields", cf.wait([])._fields)
