import asyncio

async def worker(n):
    await asyncio.sleep(0)
    if n == 3:
        raise RuntimeError(f"worker {n} crashed")
    return n * 10

async def main():
    results = []
    for i in range(5):
        r = await worker(i)
        print("got", r)
        results.append(r)
    return results

try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError escaped asyncio.run:", e)
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names[0], names[-2:])
