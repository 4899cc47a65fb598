# async def / await driven manually with .send(None); custom awaitables.
class Suspend:
    """Awaitable that yields a value to the driver once."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("suspend", self.tag)
        return f"{self.tag} resumed with {got}"


async def leaf(x):
    r = await Suspend(f"leaf{x}")
    return r.upper()


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


def run(coro, replies=()):
    replies = list(replies)
    value = None
    step = 0
    try:
        while True:
            yielded = coro.send(value)
            print("  driver got", yielded)
            step += 1
            value = replies.pop(0) if replies else step
    except StopIteration as e:
        return e.value


c = middle()
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c, ["first", "second"]))


async def no_await():
    return 42


print(run(no_await()))

coro = no_await()
try:
    coro.send(1)
except TypeError as e:
    print("TypeError", e)
coro.close()


async def raises():
    await Suspend("r")
    raise ValueError("inside coroutine")


r = raises()
print(r.send(None))
try:
    r.send(None)
except ValueError as e:
    print("ValueError", e)


async def catches():
    try:
        await Suspend("c")
    except KeyError as e:
        return f"caught {e!r}"


cc = catches()
cc.send(None)
try:
    cc.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

done = no_await()
run(done)
try:
    done.send(None)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)


class BadAwait:
    def __await__(self):
        return 5


async def await_bad():
    await BadAwait()


try:
    await_bad().send(None)
except Exception as e:
    print(type(e).__name__, e)


async def await_int():
    await 3


try:
    await_int().send(None)
except Exception as e:
    print(type(e).__name__, e)


import types


@types.coroutine
def legacy():
    x = yield "legacy-yield"
    return x


async def uses_legacy():
    return await legacy()


print(run(uses_legacy(), ["from driver"]))
print(hasattr(c, "cr_frame"), c.cr_frame, c.cr_running)
w = no_await().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("await iterator result", e.value)
