import asyncio


class Delay:
    """An awaitable that delegates to a coroutine's __await__ iterator."""

    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


class FutureBased:
    """An awaitable that waits on a loop future."""

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(0.001, fut.set_result, "future-based")
        return (yield from fut)


async def main():
    print(await Delay(0.001, "delayed"))
    print(await FutureBased())
    print(await asyncio.gather(Delay(0.002, "a"), Delay(0.001, "b"), FutureBased()))
    print(await asyncio.wait_for(Delay(0, "in time"), 1))

    # removing a callback that is a bound method of a builtin
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    calls = []
    fut.add_done_callback(calls.append)
    print("removed:", fut.remove_done_callback(calls.append))
    fut.set_result(1)
    await asyncio.sleep(0)
    print("calls:", calls)


asyncio.run(main())
