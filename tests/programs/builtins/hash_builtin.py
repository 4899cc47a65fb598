# hash of ints, floats, tuples (deterministic values)
for v in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 10 ** 20, True, False]:
    print(v, hash(v))
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 2.0 ** 61, float("inf"), float("-inf")]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 64) == hash(float(2 ** 64)))
for t in [(), (1,), (1, 2), (1, 2, 3), ((1, 2), 3), (1, (2, 3)), (-1,), (0.5, 1), (None,) * 0, (True, False)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(frozenset()) , hash(range(0)) == hash(range(0)))
for bad in [[1], {1: 2}, {1}, ([],), bytearray(b"x")]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
