# async for / async with / async generators driven without an event loop.
class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("  aenter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("  aexit", self.name, et.__name__ if et else None)
        return et is KeyError


async def agen(n):
    for i in range(n):
        yield i * 10
    print("  agen finished")


async def main():
    out = []
    async for t in Ticker(3):
        out.append(t)
    async with Resource("db") as r:
        out.append(r)
    async with Resource("suppress"):
        raise KeyError("x")
    async for v in agen(3):
        out.append(v)
    out.append([v async for v in agen(2)])
    out.append([t * 2 async for t in Ticker(2) if t > 1])
    return out


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))

ag = agen(2)
print(type(ag).__name__, ag.__name__)
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)


async def drive_asend():
    async def echo():
        received = None
        while True:
            received = yield received
    g = echo()
    results = [await g.asend(None)]
    results.append(await g.asend("hello"))
    results.append(await g.asend("world"))
    await g.aclose()
    return results


print(run(drive_asend()))


async def bad_async_for():
    async for x in [1, 2]:
        pass


try:
    run(bad_async_for())
except TypeError as e:
    print("TypeError", e)


async def bad_async_with():
    async with Ticker(1):
        pass


try:
    run(bad_async_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


async def agen_return_empty():
    yield 1
    return


async def collect_empty():
    return [v async for v in agen_return_empty()]


print(run(collect_empty()))
