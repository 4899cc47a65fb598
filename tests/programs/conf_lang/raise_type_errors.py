try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        1 / 0
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised ->", repr(e), e.args)
try:
    raise KeyError from ValueError
except KeyError as e:
    print(repr(e), repr(e.__cause__))
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a)
try:
    raise NeedsArgs
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("a")
    except (KeyError, ValueError) as e:
        print("tuple catch", repr(e))
        raise
except ValueError as e:
    print("re-raised", e)
def reraise_outside():
    raise
try:
    reraise_outside()
except RuntimeError as e:
    print("RuntimeError:", e)
err = ValueError("reuse")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
raise ValueError("final", 42)
