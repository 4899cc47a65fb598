import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done after {steps}"

async def fails():
    await asyncio.sleep(0)
    raise ValueError("worker failed")

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total

async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print(results)
    print(log)
    res = await asyncio.gather(worker("x", 1), fails(), return_exceptions=True)
    print(res)
    q = asyncio.Queue()
    _, total = await asyncio.gather(producer(q, 5), consumer(q))
    print("total", total)
    t = asyncio.create_task(worker("t", 2))
    print(t.done())
    print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    async def agen():
        for i in range(3):
            yield i * i
            await asyncio.sleep(0)
    print([v async for v in agen()])
    return "main finished"

print(asyncio.run(main()))
async def boom():
    await asyncio.sleep(0)
    raise RuntimeError("async crash")
try:
    asyncio.run(boom())
except RuntimeError as e:
    print("caught:", e)
