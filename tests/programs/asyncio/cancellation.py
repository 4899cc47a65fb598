import asyncio


async def worker(name, log):
    try:
        log.append(f"{name} started")
        await asyncio.sleep(10)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(worker("w1", log))
    await asyncio.sleep(0.01)
    print(t.cancel())
    print(t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raises CancelledError")
    print(log)
    print(t.cancelled(), t.done(), t.cancel())

    # cancel with a message
    t = asyncio.create_task(worker("w2", []))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    # cancel before it ever runs
    t = asyncio.create_task(worker("w3", log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start; w3 in log:", any("w3" in x for x in log))

    # a task may swallow the cancellation
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # uncancel
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling", t.cancelling(), "uncancel ->", t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("still cancelled")

    # CancelledError is not an Exception
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))

    # cancelling a plain future
    fut = asyncio.get_running_loop().create_future()
    print(fut.cancel("why"), fut.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("future result:", repr(e))

    # cancel the waiting task while a child is awaited: the child gets cancelled too
    inner_log = []

    async def outer():
        await worker("inner", inner_log)

    t = asyncio.create_task(outer())
    await asyncio.sleep(0.005)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(inner_log)

    # gather cancels its children when cancelled itself
    glog = []
    g = asyncio.gather(worker("g1", glog), worker("g2", glog))
    await asyncio.sleep(0.005)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(sorted(glog))


asyncio.run(main())
