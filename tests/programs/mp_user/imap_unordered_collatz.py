# imap_unordered yields results in completion order; sorting makes the output deterministic.
import multiprocessing


def collatz_len(n):
    steps = 0
    x = n
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return n, steps


if __name__ == '__main__':
    nums = list(range(1, 301))
    with multiprocessing.Pool(processes=4) as pool:
        unordered = list(pool.imap_unordered(collatz_len, nums, chunksize=7))
        ordered = list(pool.imap(collatz_len, nums, chunksize=5))
    print("count:", len(unordered))
    print("imap ordered equals input order:", [n for n, _ in ordered] == nums)
    srt = sorted(unordered)
    print("sorted unordered == ordered:", srt == ordered)
    best = max(srt, key=lambda t: (t[1], -t[0]))
    print("longest chain under 301:", best)
    print("total steps:", sum(s for _, s in srt))
    seq = [collatz_len(n) for n in nums]
    print("matches sequential:", seq == ordered)
