import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
    return "never"

async def quick():
    await asyncio.sleep(0)
    return "quick"

async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError caught", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(quick(), None))
    t = asyncio.create_task(slow())
    done, pending = await asyncio.wait({t}, timeout=0.01)
    print(len(done), len(pending))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    try:
        await asyncio.wait_for(asyncio.shield(quick()), 1)
        print("shield ok")
    except Exception as e:
        print("unexpected", e)

asyncio.run(main())
