# ProcessPoolExecutor.map and submit + as_completed, results sorted for determinism.
from concurrent.futures import ProcessPoolExecutor, as_completed


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return n, sum(int(d) for d in str(fib(n)))


if __name__ == '__main__':
    ns = [10, 50, 100, 200, 300, 400]
    with ProcessPoolExecutor(max_workers=3) as ex:
        mapped = list(ex.map(fib, ns))
        futs = {ex.submit(digit_sum, n): n for n in ns}
        done = []
        for f in as_completed(futs):
            n, s = f.result()
            assert futs[f] == n
            done.append((n, s))
    print("map in order:", [len(str(x)) for x in mapped])
    print("map correct:", mapped == [fib(n) for n in ns])
    for n, s in sorted(done):
        print("fib(%d) digit sum = %d" % (n, s))
    print("all done:", len(done) == len(ns))
