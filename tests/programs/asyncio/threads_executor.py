import asyncio
import concurrent.futures
import threading
import time


def blocking(n, delay):
    time.sleep(delay)
    return n * n, threading.current_thread() is threading.main_thread()


def fails():
    raise ValueError("from thread")


async def ticker(log):
    for i in range(3):
        log.append(i)
        await asyncio.sleep(0.005)


async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    log = []
    results = await asyncio.gather(
        asyncio.to_thread(blocking, 3, 0.2),
        loop.run_in_executor(None, blocking, 4, 0.2),
        ticker(log),
    )
    elapsed = time.monotonic() - start
    print(results[:2], log)
    print("ran concurrently:", elapsed < 0.39)

    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("ValueError:", e)

    # kwargs go through to_thread
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

    # an explicit executor
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking, i, 0.01) for i in range(4)]
        print([r[0] for r in await asyncio.gather(*futs)])

    # wrap a concurrent future
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        cf = pool.submit(pow, 2, 10)
        print(await asyncio.wrap_future(cf))

    # call_soon_threadsafe from a thread wakes the sleeping loop
    fut = loop.create_future()

    def worker():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, "hello from thread")

    th = threading.Thread(target=worker)
    th.start()
    print(await fut)
    th.join()

    # run_coroutine_threadsafe: a thread submits a coroutine to this loop
    async def add(a, b):
        await asyncio.sleep(0.001)
        return a + b

    def submitter():
        cfut = asyncio.run_coroutine_threadsafe(add(20, 22), loop)
        return cfut.result(timeout=5)

    print(await asyncio.to_thread(submitter))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

# a separate loop in another thread
def thread_main(out):
    out.append(asyncio.run(asyncio.sleep(0.001, result="in thread")))

out = []
t = threading.Thread(target=thread_main, args=(out,))
t.start()
t.join()
print(out)
