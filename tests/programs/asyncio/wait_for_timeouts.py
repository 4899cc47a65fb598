import asyncio


async def slow(delay, log):
    try:
        await asyncio.sleep(delay)
        return f"slept {delay}"
    except asyncio.CancelledError:
        log.append(f"slow({delay}) cancelled")
        raise


async def main():
    log = []
    print(await asyncio.wait_for(slow(0.01, log), timeout=1))
    try:
        await asyncio.wait_for(slow(1, log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, type(e.__cause__).__name__)
    print(log)
    print(asyncio.TimeoutError is TimeoutError)

    # timeout None waits forever; timeout 0 times out immediately
    print(await asyncio.wait_for(slow(0.001, log), None))
    try:
        await asyncio.wait_for(slow(0.5, log), 0)
    except TimeoutError:
        print("zero timeout")

    # the awaited exception comes through unchanged
    async def boom():
        await asyncio.sleep(0.001)
        raise KeyError("k")
    try:
        await asyncio.wait_for(boom(), 1)
    except KeyError as e:
        print("KeyError", e)

    # asyncio.timeout context manager (3.11)
    try:
        async with asyncio.timeout(0.02) as cm:
            print("entered", cm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("timeout block expired:", cm.expired())

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("no timeout:", cm.expired())

    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    # not reached
    print("unreachable")


async def main2():
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    t = asyncio.timeout(1)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print(e)
    # a timeout that expires after the body finished changes nothing
    async with asyncio.timeout(0.001):
        pass
    await asyncio.sleep(0.01)
    print("done")


try:
    asyncio.run(main())
except TimeoutError:
    print("main raised TimeoutError")
asyncio.run(main2())
