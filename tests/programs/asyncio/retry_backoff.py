import asyncio


class Flaky:
    """Fails a given number of times before succeeding."""

    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        await asyncio.sleep(0.001)
        if self.calls <= self.failures:
            raise ConnectionError(f"attempt {self.calls} failed")
        return f"success after {self.calls} calls"


async def retry(func, attempts, base_delay, timeout):
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.wait_for(func(), timeout)
        except (ConnectionError, TimeoutError) as e:
            print(f"  attempt {attempt}: {type(e).__name__} {e}")
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)
            delay *= 2


async def slow():
    await asyncio.sleep(1)


async def main():
    print(await retry(Flaky(2), attempts=5, base_delay=0.001, timeout=1))
    try:
        await retry(Flaky(10), attempts=3, base_delay=0.001, timeout=1)
    except ConnectionError as e:
        print("gave up:", e)
    try:
        await retry(slow, attempts=2, base_delay=0.001, timeout=0.01)
    except TimeoutError:
        print("gave up after timeouts")

    # several retrying clients at once
    clients = [Flaky(k) for k in range(4)]
    results = await asyncio.gather(*(retry(c, 5, 0.001, 1) for c in clients))
    print(results)
    print([c.calls for c in clients])


asyncio.run(main())
