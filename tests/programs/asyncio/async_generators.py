import asyncio


async def countdown(n, delay):
    while n > 0:
        await asyncio.sleep(delay)
        yield n
        n -= 1


async def ticker(name, n, delay, log):
    async for i in countdown(n, delay):
        log.append(f"{name}:{i}")


class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i - 1


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.001)
        self.log.append(f"close {self.name} ({exc_type.__name__ if exc_type else None})")
        return exc_type is KeyError


async def main():
    print([x async for x in countdown(3, 0.001)])
    log = []
    await asyncio.gather(ticker("a", 3, 0.03, log), ticker("b", 2, 0.04, log))
    print(log)
    print([x * 2 async for x in AsyncRange(4) if x != 2])
    print({x: x * x async for x in AsyncRange(3)})

    total = 0
    async for v in AsyncRange(5):
        total += v
    print("total", total)

    log = []
    async with Resource("r1", log) as r:
        log.append(f"using {r.name}")
    async with Resource("r2", log):
        raise KeyError("suppressed")
    try:
        async with Resource("r3", log):
            raise ValueError("propagates")
    except ValueError as e:
        log.append(f"caught {e}")
    print(log)

    # closing an async generator early runs its finally
    async def gen():
        try:
            for i in range(10):
                yield i
        finally:
            print("gen cleanup")

    g = gen()
    async for v in g:
        if v == 2:
            break
    await g.aclose()
    print("after aclose")

    # asend / athrow
    async def echo():
        got = None
        while True:
            try:
                got = yield got
            except ValueError:
                got = "handled"

    e = echo()
    print(await e.asend(None), await e.asend("ping"), await e.athrow(ValueError))
    await e.aclose()

    # await inside comprehension over a normal iterable
    print([await asyncio.sleep(0, result=i) for i in range(3)])


asyncio.run(main())
