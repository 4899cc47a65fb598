# types.coroutine makes generator-based coroutines awaitable; the async type names.
import asyncio
import types


@types.coroutine
def pause():
    yield
    return "resumed"


@types.coroutine
def counted(n):
    total = 0
    for i in range(n):
        yield
        total += i
    return total


async def native():
    return "native"


async def main():
    print(await pause())
    print(await counted(4))
    print(await native())
    coro = native()
    print(isinstance(coro, types.CoroutineType), type(coro).__name__)
    print(await coro)


asyncio.run(main())
print(list(counted(3)))
print(types.coroutine(native) is native)
try:
    types.coroutine("not callable")
except TypeError as e:
    print("TypeError", e)


async def agen():
    yield 1


g = agen()
print(isinstance(g, types.AsyncGeneratorType), type(g).__name__, isinstance(g, types.GeneratorType))
