# Each process fills its own slice of a shared Array; the parent checks the result.
import multiprocessing as mp


def fill(arr, start, stop):
    for i in range(start, stop):
        arr[i] = i * i % 1000


def fill_float(arr, idx):
    arr[idx] = idx / 4.0


if __name__ == '__main__':
    size, nproc = 40, 4
    arr = mp.Array('i', size)
    step = size // nproc
    procs = [mp.Process(target=fill, args=(arr, k * step, (k + 1) * step)) for k in range(nproc)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("ints:", list(arr))
    print("correct:", list(arr) == [i * i % 1000 for i in range(size)])
    print("slice:", arr[5:10])
    print("len:", len(arr))

    farr = mp.Array('d', [0.0] * 6)
    ps = [mp.Process(target=fill_float, args=(farr, i)) for i in range(6)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("floats:", farr[:])
    with farr.get_lock():
        total = sum(farr)
    print("sum:", total)
