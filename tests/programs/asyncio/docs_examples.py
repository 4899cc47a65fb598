import asyncio
import random
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def hello_sequential():
    start = time.monotonic()
    print("started sequential")
    await say_after(0.1, "hello")
    await say_after(0.05, "world")
    elapsed = time.monotonic() - start
    print("finished sequential; took at least 0.15s:", elapsed >= 0.149)


async def hello_concurrent():
    start = time.monotonic()
    task1 = asyncio.create_task(say_after(0.1, "hello"))
    task2 = asyncio.create_task(say_after(0.05, "world"))
    print("started concurrent")
    await task1
    await task2
    elapsed = time.monotonic() - start
    print("finished concurrent; faster than sequential:", elapsed < 0.149)


async def worker(name, queue, done):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        done.append((name, sleep_for))


async def worker_pool():
    # the documentation's Queue example, made deterministic
    rng = random.Random(7)
    queue = asyncio.Queue()
    total = 0
    for _ in range(12):
        sleep_for = round(rng.uniform(0.005, 0.02), 4)
        total += sleep_for
        queue.put_nowait(sleep_for)
    done = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, done)) for i in range(3)]
    started = time.monotonic()
    await queue.join()
    elapsed = time.monotonic() - started
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("items:", len(done), "workers used:", sorted({n for n, _ in done}))
    print("parallel speedup:", elapsed < total)


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.001)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def eternity():
    await asyncio.sleep(3600)
    print("yay!")


async def main():
    await hello_sequential()
    await hello_concurrent()
    await worker_pool()
    L = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(L)
    try:
        await asyncio.wait_for(eternity(), timeout=0.01)
    except TimeoutError:
        print("timeout!")


asyncio.run(main())
