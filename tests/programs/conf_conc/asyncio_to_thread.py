import asyncio
import threading

def blocking(n, label="x"):
    total = sum(range(n))
    return (label, total, threading.current_thread() is threading.main_thread())

async def main():
    r = await asyncio.to_thread(blocking, 100)
    print(r)
    rs = await asyncio.gather(*(asyncio.to_thread(blocking, n, label=str(n)) for n in (10, 20, 30)))
    print(rs)
    loop = asyncio.get_running_loop()
    r2 = await loop.run_in_executor(None, blocking, 5)
    print(r2)
    def bad():
        raise LookupError("from thread")
    try:
        await asyncio.to_thread(bad)
    except LookupError as e:
        print("LookupError:", e)
    fut = loop.create_future()
    def setter():
        loop.call_soon_threadsafe(fut.set_result, "set from thread")
    th = threading.Thread(target=setter)
    th.start()
    print(await fut)
    th.join()

asyncio.run(main())
print(threading.active_count())
