import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

def die(code):
    os._exit(code)

def ident(x):
    return x

if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    print(ex.submit(ident, 5).result())
    f = ex.submit(die, 1)
    try:
        f.result(timeout=30)
    except BrokenProcessPool as e:
        print("BrokenProcessPool:", e)
    try:
        ex.submit(ident, 1)
    except BrokenProcessPool as e:
        print("submit:", e)
    ex.shutdown()
    print(issubclass(BrokenProcessPool, RuntimeError))
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
