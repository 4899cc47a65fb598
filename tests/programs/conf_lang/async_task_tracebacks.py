import asyncio
import traceback

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(f"item {n} is bad")
    return n * 10

async def main():
    task = asyncio.create_task(fetch(2))
    try:
        await task
    except ValueError:
        traceback.print_exc()
    print("task done:", task.done(), repr(task.exception()))

    try:
        await asyncio.gather(fetch(1), fetch(2))
    except ValueError as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print("gather error frames:", names)

    try:
        await fetch(2)
    except ValueError:
        traceback.print_exc()

    results = await asyncio.gather(fetch(1), fetch(2), return_exceptions=True)
    print(results)

asyncio.run(main())
