# exception raised inside a generator propagates to the consumer
def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran out")
g = numbers()
print(next(g), next(g))
try:
    next(g)
except IndexError as e:
    print("caught", e)
for n in numbers():
    print("got", n)
