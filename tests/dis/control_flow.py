import os


def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    else:
        kind = "positive"
    while n > 10:
        n //= 2
    try:
        value = 100 // n
    except ZeroDivisionError as e:
        value = None
    finally:
        n += 1
    with open(os.devnull) as f:
        f.read()
    return kind, value, [c for c in "ab" if c != "b"]


async def fetch(source):
    async with source as s:
        async for item in s:
            await item
    return s


def gen():
    x = yield 1
    yield from range(x)


match_me = lambda v: v if v else None
print(classify(5))
