# a generator that yields in its finally block when closed raises RuntimeError
def stubborn():
    try:
        yield 1
        yield 2
    finally:
        print("cleaning up")
        yield 3

g = stubborn()
print(next(g))
g.close()
