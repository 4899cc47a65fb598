import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled(), fut.get_loop() is loop)
    for meth in (fut.result, fut.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    calls = []
    fut.add_done_callback(lambda f: calls.append(("cb1", f.result())))
    def extra(f):
        calls.append("extra")
    fut.add_done_callback(extra)
    fut.add_done_callback(extra)
    print("removed:", fut.remove_done_callback(extra), fut.remove_done_callback(extra))
    fut.set_result(42)
    print(fut.done(), fut.result(), fut.exception(), calls)
    await asyncio.sleep(0)
    print("callbacks ran:", calls)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(fut.cancel())

    # exceptions
    fut = loop.create_future()
    fut.set_exception(ValueError("bad"))
    print(repr(fut.exception()))
    try:
        fut.result()
    except ValueError as e:
        print("result raised:", e)
    fut = loop.create_future()
    fut.set_exception(KeyError)  # a class is instantiated
    print(repr(fut.exception()))
    for bad in (StopIteration(), 42):
        try:
            loop.create_future().set_exception(bad)
        except TypeError as e:
            print("TypeError:", e)

    # awaiting a future resolved later
    fut = loop.create_future()
    loop.call_later(0.005, fut.set_result, "later")
    print(await fut)
    print(await fut)  # awaiting again returns the same result

    # callbacks added after completion are scheduled, not called at once
    done_fut = loop.create_future()
    done_fut.set_result(None)
    order = []
    done_fut.add_done_callback(lambda f: order.append("callback"))
    order.append("after add")
    await asyncio.sleep(0)
    print(order)

    # tasks are futures
    async def work():
        return "worked"
    task = asyncio.create_task(work())
    print(asyncio.isfuture(task), asyncio.isfuture(fut), asyncio.isfuture("x"))
    print(await task, task.result(), task.done())
    for meth, arg in ((task.set_result, 1), (task.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print("RuntimeError:", e)

    # ensure_future
    c = work()
    t2 = asyncio.ensure_future(c)
    print(type(t2).__name__, await t2)
    print(asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    class Awaitable:
        def __await__(self):
            yield  # a bare yield lets the other ready callbacks run
            return "custom awaitable"

    print(await asyncio.ensure_future(Awaitable()))
    print(await Awaitable())

    # create_task needs a coroutine
    try:
        asyncio.create_task(work)
    except TypeError as e:
        print("TypeError:", str(e).split(" got ")[0])

    # iscoroutine / iscoroutinefunction
    c = work()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(work), asyncio.iscoroutinefunction(work),
          asyncio.iscoroutinefunction(lambda: None))
    c.close()

    # Future subscript (generic alias)
    print(asyncio.Future[int].__origin__ is asyncio.Future)


asyncio.run(main())
