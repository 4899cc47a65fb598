import multiprocessing as mp
import sys

def compute(n, out):
    if n < 0:
        raise ArithmeticError(f"negative {n}")
    out.put(n * n)

def quiet_fail():
    sys.stderr = open("/dev/null", "w")
    raise RuntimeError("hidden")

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    good = ctx.Process(target=compute, args=(6, q))
    good.start()
    print(q.get())
    good.join()
    print("good:", good.exitcode)
    bad = ctx.Process(target=quiet_fail)
    bad.start()
    bad.join()
    print("bad:", bad.exitcode)
    print(ctx.get_start_method())
    print(mp.get_start_method(allow_none=True) in (None, "fork"))
    print(sorted(mp.get_all_start_methods()))
