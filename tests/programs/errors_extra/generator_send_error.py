# an error inside a generator driven with send(), and one from a yield from chain
def averager():
    total = 0
    count = 0
    while True:
        value = yield (total / count if count else None)
        total += value
        count += 1

def wrapper():
    result = yield from averager()
    return result

g = wrapper()
next(g)
print(g.send(10))
print(g.send(20))
print(g.send("thirty"))
