import asyncio


async def fail():
    raise ValueError("boom")


def handler(loop, context):
    exc = context.get("exception")
    message = context["message"].replace(__file__, "FILE")
    print("handler:", message, type(exc).__name__, exc)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)

    # an exception in a plain callback goes to the handler, the loop keeps going
    def bad_callback():
        raise KeyError("in callback")

    loop.call_soon(bad_callback)
    await asyncio.sleep(0.001)
    print("loop still running")

    # call_exception_handler directly
    loop.call_exception_handler({"message": "custom report"})

    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)


def run_with_errors():
    # An exception escaping main comes out of asyncio.run() as is.
    async def main2():
        await asyncio.sleep(0.001)
        raise ArithmeticError("from main")

    try:
        asyncio.run(main2())
    except ArithmeticError as e:
        print("asyncio.run raised:", e)

    # The leftover tasks are cancelled when asyncio.run() returns.
    log = []

    async def background():
        try:
            await asyncio.sleep(10)
        finally:
            log.append("background cleaned up")

    async def main3():
        asyncio.create_task(background())
        await asyncio.sleep(0.001)
        return "main3 done"

    print(asyncio.run(main3()), log)

    # KeyboardInterrupt/SystemExit are not swallowed by the loop
    async def main4():
        raise SystemExit(5)

    try:
        asyncio.run(main4())
    except SystemExit as e:
        print("SystemExit", e.code)


asyncio.run(main())
run_with_errors()
