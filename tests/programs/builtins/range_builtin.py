# range() arguments and iteration
print(list(range(5)), list(range(1, 5)), list(range(1, 10, 4)), list(range(5, -5, -3)))
print(list(range(-3)), list(range(3, 3)), list(range(0, -1)))
print(range(True, 3), list(range(False, True)))
for i in range(2, -3, -1):
    print(i, end=" ")
print()
r = range(0, 100, 7)
print(len(r), r[5], r[-2], 49 in r, 50 in r, r.index(63))
print(list(range(10))[::3] == list(range(0, 10, 3)))
print(sum(range(1, 11)), list(map(lambda x: x * x, range(4))))
for args in [(1.0,), ("3",), (1, 2, 3, 4), ()]:
    try:
        range(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(range(3)), str(range(1, 4, 2)), range(0, 3) == range(3))
print(hash(range(3)) == hash(range(0, 3)))
print(list(range(2 ** 64, 2 ** 64 + 3)))
print(range(10)[2:8:2], range(10)[::-1][0], list(range(10)[-3:]))
print(min(range(5, 10)), max(range(5, 10)), sorted(range(3), reverse=True))
