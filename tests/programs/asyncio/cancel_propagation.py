import asyncio


async def child(name, log, delay=10):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} finally")


async def main():
    # cancelling a task blocked in wait_for cancels the inner awaitable
    log = []
    t = asyncio.create_task(asyncio.wait_for(child("inner", log), timeout=5))
    await asyncio.sleep(0.005)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, log)

    # gather with return_exceptions keeps a cancelled child as a CancelledError result
    log = []
    c1 = asyncio.create_task(child("c1", log, 0.01))
    c2 = asyncio.create_task(child("c2", log))
    g = asyncio.gather(c1, c2, return_exceptions=True)
    await asyncio.sleep(0.001)
    c2.cancel("bye")
    res = await g
    print([type(r).__name__ for r in res], repr(res[1]))
    print(log)

    # without return_exceptions, a cancelled child cancels the gather's waiter
    log = []
    c1 = asyncio.create_task(child("d1", log, 0.02))
    c2 = asyncio.create_task(child("d2", log))
    await asyncio.sleep(0.001)
    c2.cancel()
    try:
        await asyncio.gather(c1, c2)
    except asyncio.CancelledError:
        print("gather raised CancelledError; d1 still running:", not c1.done())
    print(await c1, log)

    # cancellation message travels to the awaiting side
    async def waits_on(task):
        return await task

    inner = asyncio.create_task(child("m", []))
    outer = asyncio.create_task(waits_on(inner))
    await asyncio.sleep(0.001)
    inner.cancel("custom message")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer saw:", e.args, outer.cancelled())

    # a timeout nested in another timeout: the inner one fires first
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.005):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout")

    # an outer cancel while inside a timeout block is not turned into TimeoutError
    async def guarded():
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
        except TimeoutError:
            return "timeout"
        except asyncio.CancelledError:
            return "cancelled from outside"

    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.001)
    t.cancel()
    print(await t)

    # wait_for on an already finished future
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))


asyncio.run(main())
