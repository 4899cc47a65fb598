# lru_cache and cached_property used from several threads: results stay right and the bounded
# cache keeps its size limit
import functools
import threading


@functools.lru_cache(maxsize=16)
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@functools.cache
def tri(n):
    return n * (n + 1) // 2


results = {}
lock = threading.Lock()


def work(tid):
    local = []
    for i in range(1, 200):
        local.append(collatz_len(i % 40 + 1) + tri(i % 25))
    with lock:
        results[tid] = sum(local)


threads = [threading.Thread(target=work, args=(t,)) for t in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.values()))
info = collatz_len.cache_info()
print(info.maxsize, info.currsize, info.hits + info.misses)
print(tri.cache_info().currsize)
print([collatz_len(n) for n in (1, 7, 27)])


class Config:
    loads = 0

    @functools.cached_property
    def settings(self):
        Config.loads += 1
        return {"debug": False, "level": 3}


cfg = Config()
seen = []


def reader():
    seen.append(cfg.settings["level"])


threads = [threading.Thread(target=reader) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen, Config.loads)
