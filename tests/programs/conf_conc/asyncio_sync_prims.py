import asyncio

async def main():
    lock = asyncio.Lock()
    shared = []
    async def locked_append(tag):
        async with lock:
            shared.append(tag + "-in")
            await asyncio.sleep(0)
            shared.append(tag + "-out")
    await asyncio.gather(*(locked_append(t) for t in "abc"))
    print(shared)
    print(lock.locked())

    ev = asyncio.Event()
    seen = []
    async def waiter(i):
        await ev.wait()
        seen.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set", seen, ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print("after set", sorted(seen))

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited():
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("peak", peak)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    cond = asyncio.Condition()
    box = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: box)
            return box.pop()
    t = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        box.append("item")
        cond.notify()
    print(await t)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
