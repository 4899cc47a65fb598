import asyncio


async def philosopher(i, forks, meals, log, rounds):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    # Always take the lower-numbered fork first: no circular wait, no deadlock.
    first, second = (left, right) if i < (i + 1) % len(forks) else (right, left)
    for r in range(rounds):
        log.append(f"P{i} thinking")
        await asyncio.sleep(0)
        async with first:
            await asyncio.sleep(0)
            async with second:
                meals[i] += 1
                log.append(f"P{i} eating ({meals[i]})")
                await asyncio.sleep(0)


async def main():
    n = 5
    forks = [asyncio.Lock() for _ in range(n)]
    meals = [0] * n
    log = []
    await asyncio.wait_for(
        asyncio.gather(*(philosopher(i, forks, meals, log, 3) for i in range(n))), 5)
    print("meals:", meals)
    print("all forks free:", not any(f.locked() for f in forks))
    for line in log:
        print(line)


asyncio.run(main())
