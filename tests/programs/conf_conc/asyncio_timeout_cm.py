import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(5)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e.args))
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        await asyncio.sleep(0)
    print("expired:", cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0)
    print("not expired:", cm2.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm3:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired:", cm3.expired())
    order = []
    async def napper(name, delay):
        await asyncio.sleep(delay)
        order.append(name)
        return name
    for coro in asyncio.as_completed([napper("c", 0.03), napper("a", 0.01), napper("b", 0.02)]):
        print("as_completed:", await coro)
    loop.call_later(0.02, order.append, "later")
    loop.call_soon(order.append, "soon")
    await asyncio.sleep(0.04)
    print(order)

asyncio.run(main())
