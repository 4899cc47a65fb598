import asyncio


async def named_worker(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()


async def protected(log):
    try:
        await asyncio.sleep(0.02)
        log.append("protected finished")
        return "shielded result"
    except asyncio.CancelledError:
        log.append("protected cancelled")
        raise


async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name(), me in asyncio.all_tasks())
    t1 = asyncio.create_task(named_worker(0.01), name="first")
    t2 = asyncio.create_task(named_worker(0.005))
    t2.set_name("second")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await t1, await t2)
    print(len(asyncio.all_tasks()), t1 in asyncio.all_tasks())
    print(t1.get_coro().__name__ if hasattr(t1.get_coro(), "__name__") else "coro")
    t3 = asyncio.create_task(named_worker(0), name=123)
    print(repr(t3.get_name()), await t3)

    # shield: cancelling the waiter does not cancel the shielded task
    log = []
    inner = asyncio.create_task(protected(log))
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 0.005))
    try:
        await waiter
    except asyncio.TimeoutError:
        log.append("waiter timed out")
    print(await inner, log)

    # shield of a finished future returns it unchanged
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)

    # the exception of a failed task is stored until retrieved
    async def fail():
        raise LookupError("nothing here")

    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        await t
    except LookupError as e:
        print("awaited:", e)

    # awaiting a task from another task
    async def chain(n):
        if n == 0:
            return [0]
        sub = asyncio.create_task(chain(n - 1))
        return await sub + [n]

    print(await chain(5))

    # a task cannot await itself
    async def self_await():
        await asyncio.current_task()

    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    # yield of something that is not a future
    class Bad:
        def __await__(self):
            yield "nonsense"

    async def bad_yield():
        await Bad()

    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print("RuntimeError:", e)

    print("current outside task:", asyncio.current_task(asyncio.get_running_loop()) is me)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
