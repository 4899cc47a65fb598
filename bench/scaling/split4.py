# the lecture loop's 40M iterations split four ways, across processes with a Pool
import multiprocessing, time
def part(k):
    total = 0
    for i in range(k * 10_000_000, (k + 1) * 10_000_000):
        total += i
    return total
if __name__ == "__main__":
    for n in (1, 2, 4, 8):
        start = time.perf_counter()
        with multiprocessing.Pool(n) as p:
            s = sum(p.map(part, range(8)))
        print(f"pool({n}) 8 chunks: {time.perf_counter() - start:.2f}s sum={s}")
