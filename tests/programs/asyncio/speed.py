import asyncio
import time


async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0.001)
    return i


async def main():
    start = time.monotonic()
    for _ in range(10000):
        await asyncio.sleep(0)
    print("10,000 sleep(0) under 1s:", time.monotonic() - start < 1.0)

    start = time.monotonic()
    results = await asyncio.gather(*(worker(i) for i in range(2000)))
    print("2,000 tasks:", sum(results), time.monotonic() - start < 2.0)

    q = asyncio.Queue(maxsize=10)

    async def producer():
        for i in range(5000):
            await q.put(i)
        await q.put(None)

    async def consumer():
        total = 0
        while (item := await q.get()) is not None:
            total += item
        return total

    start = time.monotonic()
    _, total = await asyncio.gather(producer(), consumer())
    print("5,000 queue items:", total, time.monotonic() - start < 1.0)

    loop = asyncio.get_running_loop()
    start = time.monotonic()
    handles = [loop.call_later(10, print) for _ in range(5000)]
    for h in handles:
        h.cancel()
    await asyncio.sleep(0)
    print("5,000 cancelled timers:", len(loop._scheduled) < 5000, time.monotonic() - start < 1.0)


asyncio.run(main())
