import asyncio


async def job(name, delay, log, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        log.append(f"{name} ok")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1, log))
            tg.create_task(job("bad", 0.01, log, fail=True))
            tg.create_task(job("fast", 0.001, log))
    except* ValueError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    print(log)

    # error in the body itself cancels the children
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 1, log))
            await asyncio.sleep(0.005)
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", [repr(e) for e in eg.exceptions])
    print(log)

    # two failures are both reported
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("e1", 0.01, [], fail=True))
            tg.create_task(job("e2", 0.01, [], fail=True))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))


asyncio.run(main())
