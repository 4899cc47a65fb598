import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} broke")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    # as_completed yields in finishing order
    coros = [job("slow", 0.03), job("fast", 0.01), job("mid", 0.02)]
    for fut in asyncio.as_completed(coros):
        print("completed:", await fut)

    # as_completed with a timeout
    try:
        for fut in asyncio.as_completed([job("a", 0.005), job("b", 1)], timeout=0.02):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")

    # exceptions come out of the awaited item
    for fut in asyncio.as_completed([job("ok", 0.01), job("bad", 0.005, fail=True)]):
        try:
            print("result", await fut)
        except RuntimeError as e:
            print("error", e)

    # wait: ALL_COMPLETED
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("t1", 0.01), ("t2", 0.02)]]
    done, pending = await asyncio.wait(tasks)
    print("all:", names(done), names(pending))

    # FIRST_COMPLETED
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("q1", 0.03), ("q2", 0.005)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

    # FIRST_EXCEPTION
    tasks = [asyncio.create_task(job("e1", 0.005, fail=True), name="e1"),
             asyncio.create_task(job("e2", 0.05), name="e2")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    print([str(t.exception()) for t in done])
    await asyncio.wait(pending)

    # timeout does not cancel
    t = asyncio.create_task(job("long", 0.05), name="long")
    done, pending = await asyncio.wait([t], timeout=0.01)
    print("timeout:", names(done), names(pending), t.cancelled())
    print(await t)

    # argument errors
    for bad, kw in [([], {}), ([t], {"return_when": "sometimes"})]:
        try:
            await asyncio.wait(bad, **kw)
        except ValueError as e:
            print("ValueError:", e)
    c = job("c", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
