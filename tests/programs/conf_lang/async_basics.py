import asyncio

async def fetch(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(fetch("a", 0.02, log), fetch("b", 0.01, log), fetch("c", 0, log))
    print(results)
    print(log)
    t = asyncio.create_task(fetch("task", 0, log))
    print(t.done())
    r = await t
    print(r, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    res = await asyncio.gather(fail(), fetch("ok", 0, log), return_exceptions=True)
    print([repr(x) for x in res])
    try:
        await fail()
    except ValueError as e:
        print("caught", e)
    return "main done"

async def fail():
    raise ValueError("async failure")

print(asyncio.run(main()))

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def consume():
    out = [x async for x in agen(4)]
    print(out)
    async for v in agen(2):
        print("async for", v)

asyncio.run(consume())

class Resource:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return True

async def use():
    async with Resource() as r:
        print("inside", type(r).__name__)
        raise KeyError("swallowed")
    print("after with")

asyncio.run(use())
coro = fetch("x", 0, [])
print(type(coro).__name__)
coro.close()
