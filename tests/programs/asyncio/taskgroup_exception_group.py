import asyncio


async def job(name, delay, log, exc=None):
    try:
        await asyncio.sleep(delay)
        if exc is not None:
            raise exc
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def run_group(specs):
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            for name, delay, exc in specs:
                tg.create_task(job(name, delay, log, exc))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg.message, [repr(e) for e in eg.exceptions])
    else:
        print("no error")
    print("  log:", log)


async def main():
    await run_group([("a", 0.01, None), ("b", 0.02, None)])
    await run_group([("slow", 1, None), ("bad", 0.01, ValueError("bad")), ("fast", 0.001, None)])
    await run_group([("x", 0.01, KeyError("x")), ("y", 0.01, TypeError("y")), ("z", 1, None)])

    # the body's own exception is part of the group
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 1, log))
            await asyncio.sleep(0.001)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body:", [repr(e) for e in eg.exceptions], log)

    # an outer cancellation of the parent cancels the children and propagates
    log = []

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c1", 1, log))
            tg.create_task(job("c2", 1, log))

    t = asyncio.create_task(parent())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled:", sorted(log))

    # a failing child is reported even when it is the only task
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("only", 0, [], ZeroDivisionError("div")))
    except ExceptionGroup as eg:
        print(len(eg.exceptions), type(eg.exceptions[0]).__name__)
        print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))


asyncio.run(main())
