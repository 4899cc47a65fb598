import asyncio


def cb(log, *args):
    log.append(args)


async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b


def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(loop.is_running(), loop.is_closed())
    print(loop.run_until_complete(add(1, 2)))

    # callbacks run in FIFO order; timers by due time
    log = []
    loop.call_later(0.02, cb, log, "later 0.02")
    loop.call_later(0.01, cb, log, "later 0.01")
    loop.call_soon(cb, log, "soon 1")
    loop.call_soon(cb, log, "soon 2", "extra")
    h = loop.call_soon(cb, log, "cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    t = loop.call_at(loop.time() + 0.03, loop.stop)
    print(isinstance(t, asyncio.TimerHandle), t.when() > loop.time())
    loop.run_forever()
    print(log)

    # stop() inside a callback ends run_forever after the current batch
    log = []
    loop.call_soon(cb, log, 1)
    loop.call_soon(loop.stop)
    loop.call_soon(cb, log, 2)
    loop.run_forever()
    print("after stop:", log)
    loop.run_until_complete(asyncio.sleep(0))
    print("leftover ran:", log)

    # futures created by the loop
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "value")
    print(loop.run_until_complete(fut))

    # get_event_loop returns the set loop outside a coroutine
    print(asyncio.get_event_loop() is loop)

    async def check():
        print("running loop is ours:", asyncio.get_running_loop() is loop,
              asyncio.get_event_loop() is loop, loop.is_running())
        c = asyncio.sleep(0)
        try:
            loop.run_until_complete(c)
        except RuntimeError as e:
            print("RuntimeError:", e)
        c.close()
        try:
            loop.run_forever()
        except RuntimeError as e:
            print("RuntimeError:", e)
        c = add(1, 1)
        try:
            asyncio.run(c)
        except RuntimeError as e:
            print("RuntimeError:", e)
        c.close()
        try:
            loop.close()
        except RuntimeError as e:
            print("RuntimeError:", e)

    loop.run_until_complete(check())

    # a loop stopped before the future is done
    fut = loop.create_future()
    loop.call_soon(loop.stop)
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # create_task on the loop directly
    task = loop.create_task(add(5, 6), name="adder")
    print(task.get_name(), loop.run_until_complete(task))

    loop.close()
    print(loop.is_closed())
    loop.close()  # closing twice is fine
    for attempt in (lambda: loop.call_soon(print), lambda: loop.run_forever()):
        try:
            attempt()
        except RuntimeError as e:
            print("RuntimeError:", e)
    coro = add(1, 2)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    asyncio.set_event_loop(None)

    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(42)
    except ValueError as e:
        print("ValueError:", e)

    # asyncio.run returns the value and closes its loop
    holder = []

    async def grab():
        holder.append(asyncio.get_running_loop())
        return "ran"

    print(asyncio.run(grab()), holder[0].is_closed())

    # Runner runs several coroutines in one loop
    with asyncio.Runner() as runner:
        print(runner.run(add(1, 1)), runner.run(add(2, 2)))
        print(runner.get_loop().is_closed())
    print(runner.get_loop.__name__)
    c = add(0, 0)
    try:
        runner.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()


main()
