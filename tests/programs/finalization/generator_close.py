# Deleting a suspended generator closes it: GeneratorExit is raised inside, finally runs.
class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  Res.__del__", self.name)


def numbers(tag):
    res = Res(tag)
    try:
        for i in range(10):
            yield i
    finally:
        print("  finally in", tag)


print("deleted while suspended:")
g = numbers("suspended")
print(" ", next(g), next(g))
del g
print("after del")

print("never started:")
g = numbers("not-started")
del g
print("after del (no finally: the body never ran)")

print("exhausted:")
print(" ", sum(numbers("exhausted")))

print("break out of a for loop:")
for n in numbers("loop"):
    if n == 2:
        break
print("after loop")


def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  caught GeneratorExit")
        raise


print("GeneratorExit handler:")
g = catches_exit()
next(g)
g = None
print("after rebinding")


def nested_outer():
    inner = numbers("inner")
    try:
        yield from inner
    finally:
        print("  finally in outer")


print("yield from:")
g = nested_outer()
print(" ", next(g), next(g))
del g
print("after del")

print("explicit close:")
g = numbers("closed")
next(g)
g.close()
print("  closed, deleting")
del g


def tagged(tag):
    try:
        yield tag
    finally:
        print("  finally in", tag)


print("generator in a list:")
gens = [tagged("first"), tagged("second"), tagged("third")]
for gg in gens:
    next(gg)
del gg
del gens
print("end")
