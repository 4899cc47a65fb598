import asyncio


async def job(name, delay, log, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02, log))
        t2 = tg.create_task(job("b", 0.01, log), name="job-b")
        print("tasks created")
    print("results:", t1.result(), t2.result(), t2.get_name())
    print(log)

    # creating a task in a finished group is an error
    coro = job("late", 0, log)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", "is finished" in str(e))
        coro.close()

    # nested groups, tasks spawning tasks
    results = []

    async def spawner(tg, n):
        results.append(n)
        if n < 3:
            tg.create_task(spawner(tg, n + 1))

    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 0))
    print("spawned:", results)

    # a group that is not entered
    coro = job("x", 0, log)
    try:
        asyncio.TaskGroup().create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", "has not been entered" in str(e))
        coro.close()

    # group with no tasks
    async with asyncio.TaskGroup():
        pass
    print("empty group ok")


asyncio.run(main())
