# raise with classes, instances, and re-raising different types
for thing in [ValueError, ValueError("inst"), KeyError, StopIteration]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs(Exception):
    def __init__(self, required):
        super().__init__(required)
try:
    raise NoArgs
except TypeError as e:
    print(type(e).__name__, e)
def reraise_as(exc_type):
    try:
        {}["key"]
    except KeyError as e:
        raise exc_type("wrapped: " + str(e))
for t in [ValueError, RuntimeError]:
    try:
        reraise_as(t)
    except Exception as e:
        print(type(e).__name__, e, "| ctx:", type(e.__context__).__name__)
def conditional(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
print([conditional(i) for i in range(3)])
try:
    [conditional(i) for i in (1, -2, 3)]
except ValueError as e:
    print(type(e).__name__, e)
e1 = ValueError("reused")
for _ in range(2):
    try:
        raise e1
    except ValueError as e:
        print(e is e1, e)
