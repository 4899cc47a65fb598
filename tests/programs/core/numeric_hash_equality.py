# equal numbers of different types hash equal and collide as dict/set keys
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30) == hash(10**30 % (2**61 - 1)))
print(hash(1.5), hash(-0.5), hash(0.1), hash(1e100) == hash(int(1e100)))
print(hash(float("inf")), hash(float("-inf")), hash(0.5) == hash(1 / 2), hash(2.5) == hash(5 / 2))
print(hash(complex(1, 0)) == hash(1), hash(2j) == hash(complex(0, 2)), hash((1, 2)) == hash((1.0, 2.0)))
s = {1, 1.0, True, 2, 2.0}
print(s, len(s))
d = {}
d[2.0] = "float"
d[2] = "int"
print(d)
print({0: "a", -0.0: "b", False: "c"})
print(1 == 1.0, 1 == True, 1.0 == True, 0.1 + 0.2 == 0.3, 2**53 == 2**53 + 1.0, 2**53 + 1 == float(2**53 + 1))
print(10**16 + 1 == 1e16, 10**16 == 1e16, (2**63) == 2.0**63, 9007199254740993 < 9007199254740992.0)
print(1 in {1.0}, 1.0 in {True: 0}, [1, 2] == [1.0, 2.0], (1,) == (True,), {1: 2} == {1.0: 2.0})
print(float("nan") == float("nan"), float("nan") != float("nan"))
nan = float("nan")
print(nan in [nan], nan in {nan}, [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan] if nan in {nan: 1} else None)
print(frozenset({1, 2}) == {2.0, 1.0}, hash(frozenset()) == hash(frozenset([])))
print(sorted({3, 1.5, True, -2}), max(1, 1.0), max(1.0, 1), min(True, 1), min(1, True))
print(hash(None) == hash(None), hash("") == 0, hash(()) == hash(()), hash(b"") == 0)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
