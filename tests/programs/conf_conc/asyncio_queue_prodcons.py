import asyncio

async def producer(q, start, n):
    for i in range(start, start + n):
        await q.put(i)
        await asyncio.sleep(0)

async def consumer(q, out):
    while True:
        item = await q.get()
        out.append(item * 2)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(q, out)) for _ in range(3)]
    await asyncio.gather(producer(q, 0, 5), producer(q, 100, 5))
    await q.join()
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(out))
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait(), q2.empty())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "xyz":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
