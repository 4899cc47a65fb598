import asyncio
import gc

async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"lost {n}")

async def hang():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(fails(1))
    await asyncio.sleep(0.01)
    print(t.done(), asyncio.current_task().get_name())
    pending = asyncio.create_task(hang(), name="hanger")
    print(pending.get_name())
    del t
    gc.collect()
    print("after gc")
    retrieved = asyncio.create_task(fails(2))
    await asyncio.sleep(0.01)
    print(repr(retrieved.exception()))

asyncio.run(main())
print("end")
