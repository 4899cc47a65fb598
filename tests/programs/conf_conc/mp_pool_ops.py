import multiprocessing as mp

def double(x):
    return 2 * x

def add(a, b):
    return a + b

def boom(x):
    raise ZeroDivisionError(f"no {x}")

if __name__ == "__main__":
    with mp.Pool(processes=3) as pool:
        print(pool.map(double, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        r = pool.apply_async(add, (10, 20))
        print(r.get(timeout=10), r.ready(), r.successful())
        print(pool.apply(double, (21,)))
        print(sorted(pool.imap_unordered(double, range(5))))
        print(list(pool.imap(double, range(5), chunksize=2)))
        async_map = pool.map_async(double, [7, 8, 9])
        print(async_map.get(timeout=10))
        bad = pool.apply_async(boom, (1,))
        try:
            bad.get(timeout=10)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        print(bad.successful())
        cb = []
        r2 = pool.apply_async(double, (50,), callback=cb.append)
        r2.wait()
        pool.close()
        pool.join()
        print(cb)
        try:
            pool.map(double, [1])
        except ValueError as e:
            print("ValueError:", e)
