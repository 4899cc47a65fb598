import asyncio
import threading
import time


async def square(x):
    await asyncio.sleep(0.001)
    return x * x


async def failing():
    await asyncio.sleep(0)
    raise ZeroDivisionError("in loop thread")


def main():
    # a loop running forever in a background thread, fed from the main thread
    loop = asyncio.new_event_loop()
    started = threading.Event()

    def run_loop():
        asyncio.set_event_loop(loop)
        loop.call_soon(started.set)
        loop.run_forever()

    thread = threading.Thread(target=run_loop)
    thread.start()
    started.wait()
    print("loop running:", loop.is_running())

    futs = [asyncio.run_coroutine_threadsafe(square(i), loop) for i in range(5)]
    print([f.result(timeout=5) for f in futs])

    f = asyncio.run_coroutine_threadsafe(failing(), loop)
    try:
        f.result(timeout=5)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

    # cancelling the concurrent future cancels the task in the loop
    f = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
    time.sleep(0.01)
    print("cancel:", f.cancel())
    time.sleep(0.01)
    print("cancelled:", f.cancelled())

    # many threads scheduling callbacks concurrently
    results = []
    lock = threading.Lock()

    def producer(n):
        for i in range(50):
            loop.call_soon_threadsafe(results.append, (n, i))

    producers = [threading.Thread(target=producer, args=(n,)) for n in range(4)]
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    done = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01), loop)
    done.result(timeout=5)
    print("callbacks delivered:", len(results),
          all(sorted(i for n2, i in results if n2 == n) == list(range(50)) for n in range(4)))
    # per-thread order is preserved
    print("ordered:", all([i for n2, i in results if n2 == n] == list(range(50)) for n in range(4)))

    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    print("loop stopped:", not loop.is_running())
    loop.close()
    print("closed:", loop.is_closed())


main()
