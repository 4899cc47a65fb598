# Uncaught RuntimeError from PEP 479 shows the chained StopIteration traceback.
def numbers():
    yield 1
    it = iter(())
    yield next(it)


def consume():
    return [n * 2 for n in numbers()]


print("start")
print(consume())
