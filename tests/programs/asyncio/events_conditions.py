import asyncio


async def waiter(event, name, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} woke")


async def main():
    event = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(event, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0.005)
    print("is_set before:", event.is_set())
    log.append("setting")
    event.set()
    await asyncio.gather(*tasks)
    print(log)
    print(await event.wait(), event.is_set())
    event.clear()
    print("cleared:", event.is_set())
    try:
        await asyncio.wait_for(event.wait(), 0.01)
    except asyncio.TimeoutError:
        print("wait timed out")

    # condition: consumers wait for items
    cond = asyncio.Condition()
    items = []
    got = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((name, items.pop(0)))

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0.001)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0.001)
    await asyncio.gather(*consumers)
    print(got)

    # notify_all
    flag = []

    async def wait_flag(i):
        async with cond:
            while not flag:
                await cond.wait()
            return i

    ts = [asyncio.create_task(wait_flag(i)) for i in range(4)]
    await asyncio.sleep(0.001)
    async with cond:
        flag.append(True)
        cond.notify_all()
    print(await asyncio.gather(*ts))

    # errors
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # condition sharing an existing lock
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("shared lock:", c2.locked())

    # barrier (3.11)
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    arrived = []

    async def runner(i):
        await asyncio.sleep(0.001 * i)
        arrived.append(i)
        idx = await barrier.wait()
        return (i, idx, len(arrived))

    print(await asyncio.gather(*(runner(i) for i in range(3))))
    print("second round:", sorted(r[1] for r in await asyncio.gather(*(runner(i) for i in range(3)))))

    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.001)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    await b2.reset()
    print("after reset broken:", b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
