# Async generators driven manually: asend/athrow/aclose, StopAsyncIteration, finalization errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    try:
        received = yield 1
        print("  received", received)
        yield 2
    except ValueError as e:
        print("  agen caught", e)
        yield "after-throw"
    finally:
        print("  agen finally")


async def scenario_send():
    g = agen()
    out = [await g.__anext__(), await g.asend("hello")]
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    return out


print(run(scenario_send()))


async def scenario_throw():
    g = agen()
    await g.__anext__()
    v = await g.athrow(ValueError("injected"))
    await g.aclose()
    return v


print(run(scenario_throw()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def scenario_ignore_exit():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return f"RuntimeError {e}"


print(run(scenario_ignore_exit()))


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def scenario_pep479():
    g = raises_stop()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        return f"RuntimeError {e}"


print(run(scenario_pep479()))


async def counter(n):
    for i in range(n):
        yield i


async def consume():
    total = 0
    async for v in counter(5):
        total += v
    return total, [x async for x in counter(3)], {x: x * x async for x in counter(3)}


print(run(consume()))
g = counter(1)
print(type(g).__name__, g.__name__, hasattr(g, "ag_frame"), g.ag_running)
print(type(g.__aiter__()).__name__, g.__aiter__() is g)
try:
    compile("async def f():\n    yield 1\n    return 5\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("async def f():\n    yield from []\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("def f():\n    await x\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("def f():\n    async for x in y: pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
