# multiprocessing.Pool mapping: map, starmap, imap, imap_unordered (sorted), chunksize,
# empty inputs, generators as input, results computed in worker processes
import multiprocessing as mp
import os


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def where(x):
    # True when run in a worker, not in the parent
    return os.getpid() != PARENT


if __name__ == '__main__':
    PARENT = os.getpid()
    with mp.Pool(2) as pool:
        print("map", pool.map(square, range(10)))
        print("map chunksize", pool.map(square, range(25), chunksize=4))
        print("map empty", pool.map(square, []))
        print("map gen", pool.map(square, (i for i in range(5))))
        print("starmap", pool.starmap(power, [(2, 3), (3, 2), (10, 0), (5, -1)]))
        print("starmap chunksize", pool.starmap(power, zip(range(6), range(6)), chunksize=2))
        it = pool.imap(square, range(8))
        print("imap", type(it).__name__, next(it), next(it), list(it))
        print("imap chunksize", list(pool.imap(square, range(12), chunksize=5)))
        print("imap_unordered", sorted(pool.imap_unordered(square, range(15))))
        print("imap_unordered chunksize", sorted(pool.imap_unordered(square, range(15), 4)))
        print("imap empty", list(pool.imap(square, [])), list(pool.imap_unordered(square, [])))
        print("in workers", set(pool.map(where, range(6))))
        it = pool.imap(square, [3])
        print("imap next(timeout)", it.next(timeout=10))
        try:
            it.next()
        except StopIteration:
            print("StopIteration")
        print("map str", pool.map(str.upper, ["a", "bc"]))
        print("map builtin", pool.map(abs, [-3, 4, -5]))
    print("done")
