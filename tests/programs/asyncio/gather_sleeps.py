import asyncio


async def fetch(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()


async def fails(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def main():
    log = []
    results = await asyncio.gather(
        fetch("a", 0.03, log), fetch("b", 0.01, log), fetch("c", 0.02, log))
    print(results)
    print(log)

    # results keep argument order; exceptions can be returned instead of raised
    res = await asyncio.gather(fetch("x", 0.01, []), fails(0.02), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res])
    print(res[1])

    # first exception propagates
    try:
        await asyncio.gather(fetch("y", 0.05, []), fails(0.01))
    except ValueError as e:
        print("caught", e)

    # empty gather
    print(await asyncio.gather())

    # same coroutine object twice is awaited once
    async def once():
        print("once runs")
        return 1
    c = once()
    print(await asyncio.gather(c, c))

    # futures and tasks mix
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "from future")
    task = asyncio.create_task(fetch("t", 0.005, []))
    print(await asyncio.gather(fut, task, asyncio.sleep(0.001, result="slept")))

    # sleep with result
    print(await asyncio.sleep(0, result="zero"))
    print(await asyncio.sleep(0.001, "pos"))


asyncio.run(main())
