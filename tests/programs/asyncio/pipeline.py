import asyncio

DONE = object()


async def source(out_q, items):
    for item in items:
        await out_q.put(item)
        print(f"source -> {item}")
    await out_q.put(DONE)


async def stage(name, func, in_q, out_q, workers=1):
    async def worker(wid):
        while True:
            item = await in_q.get()
            if item is DONE:
                await in_q.put(DONE)  # let the sibling workers see it too
                return
            result = func(item)
            await asyncio.sleep(0)
            print(f"{name}[{wid}] {item!r} -> {result!r}")
            await out_q.put(result)

    await asyncio.gather(*(worker(i) for i in range(workers)))
    await out_q.put(DONE)


async def sink(in_q, collected):
    while True:
        item = await in_q.get()
        if item is DONE:
            return collected
        collected.append(item)


async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    collected = []
    results = await asyncio.gather(
        source(q1, ["apple", "kiwi", "banana", "fig", "cherry"]),
        stage("upper", str.upper, q1, q2),
        stage("len", lambda s: (s, len(s)), q2, q3, workers=2),
        sink(q3, collected),
    )
    print("collected:", results[-1])
    print("sorted by length:", sorted(collected, key=lambda p: (p[1], p[0])))


asyncio.run(main())
