import asyncio


async def producer(q, name, items):
    for i in range(items):
        item = f"{name}-{i}"
        await q.put(item)
        print(f"{name} produced {item} (size {q.qsize()})")
        await asyncio.sleep(0)
    print(f"{name} done")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        try:
            if item is None:
                print(f"{name} got sentinel")
                return
            seen.append(item)
            print(f"{name} consumed {item}")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    seen = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", seen)) for i in range(2)]
    await asyncio.gather(producer(q, "p", 5))
    await q.join()
    print("all items processed:", sorted(seen))
    for _ in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(q.empty(), q.qsize())

    # nowait variants and the exceptions
    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    # str shows the content
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(str(q))

    # get with a timeout
    empty = asyncio.Queue()
    try:
        await asyncio.wait_for(empty.get(), 0.01)
    except asyncio.TimeoutError:
        print("get timed out")
    empty.put_nowait("late")
    print(await empty.get())

    # priority and lifo
    pq = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "high"), (2, "mid")]:
        await pq.put((prio, job))
    print([(await pq.get())[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])


asyncio.run(main())
