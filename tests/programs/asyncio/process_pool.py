import asyncio
import concurrent.futures


def cpu_bound(n):
    return sum(i * i for i in range(n))


def explode(x):
    raise ValueError(f"bad input {x}")


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, cpu_bound, n) for n in (10, 100, 1000, 10000)))
        print(results)
        try:
            await loop.run_in_executor(pool, explode, 7)
        except ValueError as e:
            print("ValueError:", e)
        # results arrive through the loop while other tasks keep running
        ticks = []

        async def ticker():
            for i in range(3):
                ticks.append(i)
                await asyncio.sleep(0)

        value, _ = await asyncio.gather(loop.run_in_executor(pool, cpu_bound, 5), ticker())
        print(value, ticks)


if __name__ == "__main__":
    asyncio.run(main())
