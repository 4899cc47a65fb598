import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

def describe(n):
    return f"{n}:{sum(range(n))}"

if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        for line in ex.map(describe, [1, 5, 10, 100]):
            print(line)
        f = ex.submit(divmod, 17, 5)
        print(f.result())
        g = ex.submit(int, "nope")
        try:
            g.result()
        except ValueError as e:
            print("ValueError:", e)
