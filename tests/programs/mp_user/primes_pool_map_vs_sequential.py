# Counts primes in chunks with Pool.map and compares against a sequential loop.
import multiprocessing as mp


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def count_primes(bounds):
    lo, hi = bounds
    return sum(1 for n in range(lo, hi) if is_prime(n))


if __name__ == '__main__':
    N = 20000
    chunks = [(i, min(i + 2500, N)) for i in range(0, N, 2500)]
    seq = count_primes((0, N))
    with mp.Pool(4) as pool:
        parts = pool.map(count_primes, chunks)
    print("chunks:", len(chunks))
    print("parts:", parts)
    print("parallel total:", sum(parts))
    print("sequential total:", seq)
    print("match:", sum(parts) == seq)
    with mp.Pool(2) as pool:
        parts2 = pool.map(count_primes, chunks, chunksize=3)
    print("chunksize=3 same:", parts2 == parts)
