# bool type
print(True, False, type(True).__name__)
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is True, isinstance(True, int))
print(int(True), float(False), str(True), repr(False))
print(not True, not 0, not "", not [], not [0], not None)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"))
print(bool([]), bool(()), bool({}), bool(set()), bool(None), bool(range(0)))
print(True and 3, 0 and 3, True or 3, 0 or 3, None or "x")
print([] or {} or 0 or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(True < 2, False < True, sorted([True, False, True]))
print(hash(True), hash(False))
print(True & True, True | False, True ^ True, ~True)
d = {1: "one", True: "true"}
print(d)
print(sum([True, True, False, True]))
print(max(True, 0), min(False, -1))
print(bool.__name__, issubclass(bool, int))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(f"{True}", f"{False!r}", "%s %d" % (True, True))
