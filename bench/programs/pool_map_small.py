# Pool.map over many small tasks: the cost is pickling the chunks, the pipes and the
# pool's handler threads, not the work.
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        total = 0
        for _ in range(5):
            total += sum(pool.map(square, range(20000)))
    print(total)
