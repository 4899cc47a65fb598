import asyncio

async def inner():
    return 1

async def nested():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()
    return "ok"

print(asyncio.run(nested()))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

async def bad():
    await asyncio.sleep(0)
    raise ZeroDivisionError("in coroutine")

try:
    asyncio.run(bad())
except ZeroDivisionError as e:
    print("propagated:", e)
with asyncio.Runner() as runner:
    print(runner.run(inner()))
    print(runner.run(nested()))
print(asyncio.iscoroutinefunction(bad), asyncio.iscoroutine(inner()) if False else "skip")
c = bad()
print(asyncio.iscoroutine(c))
c.close()
import traceback
try:
    asyncio.run(bad())
except ZeroDivisionError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
