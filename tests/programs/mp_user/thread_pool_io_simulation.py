# ThreadPoolExecutor overlaps sleep-based "I/O"; results sorted, total wall time bounded.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading


def fetch(url):
    delay = 0.05 + (len(url) % 3) * 0.02
    time.sleep(delay)
    return url, len(url) * 7


if __name__ == '__main__':
    urls = ["http://site%d.example/page%d" % (i, i * i) for i in range(12)]
    start = time.time()
    with ThreadPoolExecutor(max_workers=6, thread_name_prefix="io") as ex:
        futs = [ex.submit(fetch, u) for u in urls]
        results = sorted(f.result() for f in as_completed(futs))
        names = set()
        def who(_):
            time.sleep(0.01)
            return threading.current_thread().name.startswith("io")
        prefixed = list(ex.map(who, range(6)))
    elapsed = time.time() - start
    for u, size in results:
        print(u, size)
    print("threads named with prefix:", all(prefixed))
    print("faster than sequential:", elapsed < 12 * 0.05)

    with ThreadPoolExecutor(max_workers=2) as ex:
        fast = ex.submit(time.sleep, 0.01)
        slow = ex.submit(time.sleep, 0.3)
        done, pending = wait([fast, slow], return_when=FIRST_COMPLETED)
        print("fast done first:", fast in done, "slow pending:", slow in pending)
