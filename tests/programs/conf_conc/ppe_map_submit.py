from concurrent.futures import ProcessPoolExecutor, as_completed
import os

def cube(x):
    return x ** 3

def fail(x):
    raise KeyError(x)

def child_is_other(_):
    return os.getpid() != PARENT

PARENT = os.getpid()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(6))))
        print(list(ex.map(cube, range(10), chunksize=3)))
        futs = [ex.submit(cube, i) for i in range(4)]
        print(sorted(f.result() for f in as_completed(futs)))
        f = ex.submit(fail, "zzz")
        try:
            f.result()
        except KeyError as e:
            print("KeyError re-raised:", e)
            print("has cause:", type(e.__cause__).__name__)
        print(all(ex.map(child_is_other, range(4))))
    print("shut down")
