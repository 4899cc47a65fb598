# A coroutine that is never awaited triggers a RuntimeWarning on stderr when collected.
import sys


async def fetch(n):
    return n * 2


def forgetful():
    fetch(1)
    print("forgot to await")


forgetful()
coro = fetch(2)
print(type(coro).__name__, coro.__qualname__)
coro.close()
print("closed explicitly: no warning")
coro2 = fetch(3)
try:
    coro2.send(None)
except StopIteration as e:
    print("result", e.value)
del coro2
sys.stdout.flush()
sys.exit(3)
