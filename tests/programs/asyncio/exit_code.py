import asyncio
import sys


async def cleanup_on_cancel():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cancelled at shutdown")


async def main():
    asyncio.create_task(cleanup_on_cancel())
    await asyncio.sleep(0.001)
    print("exiting with 3")
    sys.exit(3)


asyncio.run(main())
print("not reached")
