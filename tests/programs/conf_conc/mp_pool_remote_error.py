import multiprocessing as mp

def risky(x):
    if x == 3:
        raise ValueError(f"item {x} is bad")
    return x * 10

def init(base):
    global BASE
    BASE = base

def with_base(x):
    return BASE + x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(risky, range(6))
        except ValueError as e:
            print("ValueError:", e)
            cause = e.__cause__
            print(type(cause).__name__)
            text = str(cause)
            print("remote traceback mentions risky:", "in risky" in text)
            print(text.strip().splitlines()[-1])
        res = pool.map_async(risky, [1, 2, 3])
        res.wait()
        print(res.ready(), res.successful())
        errs = []
        r = pool.apply_async(risky, (3,), error_callback=lambda e: errs.append(repr(e)))
        r.wait()
        print(errs)
    with mp.Pool(2, initializer=init, initargs=(100,)) as pool:
        print(pool.map(with_base, range(4)))
    with mp.Pool(1, maxtasksperchild=1) as pool:
        print(pool.map(with_base if False else risky, [1, 2]))
