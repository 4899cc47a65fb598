# asynccontextmanager, AsyncExitStack, aclosing and the async side of nullcontext.
import asyncio
from contextlib import (AbstractAsyncContextManager, AsyncContextDecorator, AsyncExitStack,
                        aclosing, asynccontextmanager, nullcontext, suppress)

log = []


@asynccontextmanager
async def connection(name):
    log.append(f"connect {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append(f"disconnect {name}")


@asynccontextmanager
async def swallowing():
    try:
        yield
    except KeyError as e:
        log.append(f"swallowed {e!r}")


@asynccontextmanager
async def no_yield():
    if False:
        yield


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append(f"enter {self.name}")
        return self

    async def __aexit__(self, *exc):
        log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else None}")
        return False


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("ticker closed")


class timed(AsyncContextDecorator):
    async def __aenter__(self):
        log.append("timed start")
        return self

    async def __aexit__(self, *exc):
        log.append("timed end")
        return False


@timed()
async def decorated(x):
    log.append(f"decorated body {x}")
    return x * 2


async def main():
    async with connection("db") as conn:
        log.append(f"using {conn}")
    try:
        async with connection("cache"):
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"caught {e}")
    async with swallowing():
        raise KeyError("k")
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        log.append(f"RuntimeError {e}")

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(Resource("a"))
        b = stack.enter_context(suppress(ZeroDivisionError))
        c = await stack.enter_async_context(connection("stacked"))
        stack.callback(log.append, "sync callback")

        async def async_cb(msg):
            await asyncio.sleep(0)
            log.append(msg)
        stack.push_async_callback(async_cb, "async callback")
        log.append(f"stack body {a.name} {c}")
        1 / 0
    log.append("after stack (ZeroDivisionError suppressed)")

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(42)
    except TypeError as e:
        log.append(f"TypeError {e}")

    stack = AsyncExitStack()
    await stack.enter_async_context(Resource("manual"))
    moved = stack.pop_all()
    await stack.aclose()
    log.append("first stack closed")
    await moved.aclose()

    async with aclosing(ticker(5)) as t:
        async for i in t:
            if i == 2:
                break
            log.append(f"tick {i}")

    async with nullcontext("value") as v:
        log.append(f"nullcontext {v}")

    log.append(f"decorated returned {await decorated(21)}")
    log.append(str([isinstance(Resource("x"), AbstractAsyncContextManager),
                    isinstance(nullcontext(), AbstractAsyncContextManager),
                    isinstance(object(), AbstractAsyncContextManager)]))


asyncio.run(main())
for line in log:
    print(line)
