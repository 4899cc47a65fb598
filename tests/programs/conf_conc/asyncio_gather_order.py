import asyncio

async def delayed(value, delay):
    await asyncio.sleep(delay)
    return value

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    res = await asyncio.gather(delayed("slow", 0.03), delayed("fast", 0.0), delayed("mid", 0.01))
    print(res)
    res = await asyncio.gather(delayed(1, 0), fail("oops"), delayed(3, 0), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(fail("first"), delayed(2, 0.01))
    except ValueError as e:
        print("gather raised:", e)
    print(await asyncio.gather())
    order = []
    async def step(name, n):
        for i in range(n):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(step("a", 3), step("b", 2), step("c", 3))
    print(order)

asyncio.run(main())
