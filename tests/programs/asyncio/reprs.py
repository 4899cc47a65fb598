import asyncio


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


def tail(obj):
    # the reprs of locks contain an address; print the state part only
    print(type(obj).__name__, "[" + repr(obj).split(" [", 1)[1])


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def fails():
    raise ValueError("bad")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show(fut)
    fut.add_done_callback(print)
    show(fut)
    fut.remove_done_callback(print)
    fut.set_result({"k": [1, 2]})
    show(fut)
    f2 = loop.create_future()
    f2.set_exception(KeyError("x"))
    show(f2)
    f2.exception()
    f3 = loop.create_future()
    f3.cancel()
    show(f3)

    t = asyncio.create_task(sleeper(0.01), name="sleepy")
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    show(t)
    t.exception()
    t = asyncio.create_task(sleeper(1))
    await asyncio.sleep(0)
    t.cancel()
    show(t)
    await asyncio.sleep(0)
    show(t)

    lock = asyncio.Lock()
    tail(lock)
    await lock.acquire()
    tail(lock)
    lock.release()
    sem = asyncio.Semaphore(2)
    tail(sem)
    ev = asyncio.Event()
    tail(ev)
    ev.set()
    tail(ev)
    cond = asyncio.Condition()
    tail(cond)
    barrier = asyncio.Barrier(2)
    tail(barrier)
    q = asyncio.Queue(5)
    q.put_nowait("item")
    print(str(q))
    print(repr(asyncio.TaskGroup()))
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
    print(repr(cm))
    h = loop.call_soon(len, "abc")
    print(repr(h))
    h.cancel()
    print(repr(h))


asyncio.run(main())
