import asyncio


class Stats:
    def __init__(self):
        self.current = 0
        self.peak = 0

    def enter(self):
        self.current += 1
        self.peak = max(self.peak, self.current)

    def leave(self):
        self.current -= 1


async def limited(sem, stats, i, order):
    async with sem:
        stats.enter()
        order.append(i)
        await asyncio.sleep(0.002)
        stats.leave()


async def counter_task(lock, state, n):
    for _ in range(n):
        async with lock:
            value = state["count"]
            await asyncio.sleep(0)  # another task would interleave here without the lock
            state["count"] = value + 1


async def main():
    sem = asyncio.Semaphore(3)
    stats = Stats()
    order = []
    await asyncio.gather(*(limited(sem, stats, i, order) for i in range(10)))
    print("max concurrency:", stats.peak, "order:", order)

    lock = asyncio.Lock()
    state = {"count": 0}
    await asyncio.gather(*(counter_task(lock, state, 20) for _ in range(5)))
    print("count with lock:", state["count"], "locked now:", lock.locked())

    # lock basics
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # FIFO wakeup order of lock waiters
    wake = []

    async def waiter(i):
        async with lock:
            wake.append(i)

    await lock.acquire()
    tasks = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0.001)
    lock.release()
    await asyncio.gather(*tasks)
    print("lock wake order:", wake)

    # semaphore details
    s = asyncio.Semaphore(2)
    print(s.locked(), await s.acquire(), await s.acquire(), s.locked())
    s.release()
    s.release()
    s.release()  # plain semaphore may go above the initial value
    print("value after extra release:", s._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("bounded held:", b.locked())
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    # cancelling a task waiting on the lock does not break the lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter:", lock.locked(), t.cancelled())
    async with lock:
        print("lock still usable")


asyncio.run(main())
