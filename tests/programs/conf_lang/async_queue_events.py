import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("produced", i)
    await q.put(None)

async def consumer(q, name):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "consumed", item)
        total += item
        q.task_done()
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 4))
    total = await consumer(q, "c1")
    await prod
    print("total", total)

    ev = asyncio.Event()
    async def waiter(tag):
        print(tag, "waiting")
        await ev.wait()
        print(tag, "released")
    tasks = [asyncio.create_task(waiter(t)) for t in ("w1", "w2")]
    await asyncio.sleep(0)
    print("setting event")
    ev.set()
    await asyncio.gather(*tasks)

    lock = asyncio.Lock()
    order = []
    async def critical(k):
        async with lock:
            order.append(f"in{k}")
            await asyncio.sleep(0)
            order.append(f"out{k}")
    await asyncio.gather(critical(1), critical(2))
    print(order)

    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("slow cancelled")
            raise
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancel observed", t.cancelled())

asyncio.run(main())
