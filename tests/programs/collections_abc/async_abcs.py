# The asynchronous ABCs: Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator.
import asyncio
from collections.abc import (AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Coroutine,
                             Generator, Iterator)


async def coro_fn():
    return 1


async def agen_fn():
    yield 1
    yield 2


def gen_fn():
    yield 1


c = coro_fn()
g = agen_fn()
samples = [("coroutine", c), ("async gen", g), ("generator", gen_fn()), ("list", [])]
for name, obj in samples:
    print(name.ljust(10), [abc.__name__ for abc in (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                                                    AsyncGenerator, Generator, Iterator)
                           if isinstance(obj, abc)])
c.close()


class Ticker(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


class Echo(AsyncGenerator):
    def __init__(self):
        self.count = 0

    async def asend(self, value):
        self.count += 1
        if self.count > 2:
            raise StopAsyncIteration
        return (self.count, value)

    async def athrow(self, typ, val=None, tb=None):
        if typ is GeneratorExit:
            raise StopAsyncIteration
        return await super().athrow(typ, val, tb)


class Later(Awaitable):
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "later"


async def main():
    print([x async for x in Ticker(3)])
    t = Ticker(1)
    print(t.__aiter__() is t)
    e = Echo()
    print(await e.__anext__(), await e.asend("hi"))
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    await Echo().aclose()
    print("aclose ok")
    try:
        await Echo().athrow(ValueError, ValueError("bad"))
    except ValueError as err:
        print("ValueError", err)
    print(await Later())


asyncio.run(main())
print(isinstance(Later(), Awaitable), issubclass(Ticker, AsyncIterable), sorted(AsyncGenerator.__abstractmethods__))
try:
    AsyncIterator()
except TypeError as err:
    print(err)
