import asyncio
import traceback

def frames(exc):
    return [f.name for f in traceback.extract_tb(exc.__traceback__)]

async def bad():
    raise ValueError("x")

async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(("cancelled", e.args))
        raise KeyError("converted") from None

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad())
    except ExceptionGroup as e:
        print("group:", frames(e))
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except KeyError as e:
        print("converted:", frames(e))
    print(log)
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t2.cancel("msg")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancel args:", e.args)
    print(t2.cancelled(), t2.cancelling())
    me = asyncio.current_task()
    print("cancelling:", me.cancelling())

asyncio.run(main())
