import traceback
import asyncio

async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n

async def bad(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1))
        t2 = tg.create_task(ok(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("one", 0))
            tg.create_task(ok(50))
    except* ValueError as eg:
        print("caught:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("first", 0.0))
            tg.create_task(bad("second", 0.01))
            tg.create_task(ok(100))
    except ExceptionGroup as eg:
        print(repr(eg))
        sub = eg.exceptions[0]
        print([f.name for f in traceback.extract_tb(sub.__traceback__)])
        print(eg.__suppress_context__, eg.__cause__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("a", 0))
            tg.create_task(bad("b", 0))
    except* ValueError as eg:
        print(sorted(str(e) for e in eg.exceptions), len(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("printed", 0))
    except ExceptionGroup as eg:
        text = "".join(traceback.format_exception(eg))
        keep = [l for l in text.splitlines() if "File" not in l and "^" not in l and l.strip()]
        print("\n".join(keep))

asyncio.run(main())
