import asyncio
async def bad():
    raise ValueError("lost")
def handler(loop, ctx):
    print("HANDLER:", ctx["message"], repr(ctx.get("exception")))
async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("after sleep")
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    del t
    print("after del")
    await asyncio.sleep(0)
    print("main done")
asyncio.run(main())
print("after run")
