# ProcessPoolExecutor round trips: 1500 submits of a tiny call, each result waited for in
# turn, plus one map with chunks.
from concurrent.futures import ProcessPoolExecutor


def inc(x):
    return x + 1


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        total = 0
        for i in range(1500):
            total += ex.submit(inc, i).result()
        total += sum(ex.map(inc, range(20000), chunksize=500))
    print(total)
