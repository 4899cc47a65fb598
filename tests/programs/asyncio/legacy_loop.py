import asyncio
async def a(n):
    await asyncio.sleep(0.001 * n)
    return n
loop = asyncio.get_event_loop()
print(loop.run_until_complete(asyncio.gather(a(2), a(1))))
t = loop.create_task(a(3))
print(loop.run_until_complete(t))
f = asyncio.ensure_future(a(4))
print(loop.run_until_complete(f))
print(loop.run_until_complete(asyncio.wait_for(a(1), 1)))
loop.run_until_complete(asyncio.sleep(0))
print(asyncio.all_tasks(loop))
loop.close()
