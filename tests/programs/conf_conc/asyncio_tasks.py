import asyncio

async def worker(name, n):
    total = 0
    for i in range(n):
        total += i
        await asyncio.sleep(0)
    return f"{name}={total}"

async def forever():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("forever cancelled")
        raise

async def main():
    t1 = asyncio.create_task(worker("a", 5), name="task-a")
    t2 = asyncio.create_task(worker("b", 3))
    print(t1.get_name(), t1.done())
    print(await t1, await t2)
    print(t1.done(), t1.result(), t1.cancelled())
    t3 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("cancel returned", t3.cancel())
    try:
        await t3
    except asyncio.CancelledError:
        print("awaiting cancelled task raises CancelledError")
    print(t3.cancelled(), t3.done())
    cur = asyncio.current_task()
    print(cur.get_name())
    print(len(asyncio.all_tasks()))
    done, pending = await asyncio.wait([asyncio.create_task(worker(str(i), i)) for i in range(4)])
    print(sorted(t.result() for t in done), len(pending))
    t4 = asyncio.create_task(worker("c", 1))
    t4.add_done_callback(lambda t: print("callback:", t.result()))
    await t4
    await asyncio.sleep(0)
    try:
        t5 = asyncio.create_task(worker("d", 1))
        t5.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t5

asyncio.run(main())
