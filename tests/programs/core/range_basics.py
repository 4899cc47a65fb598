# range objects
r = range(10)
print(r, list(r), len(r))
print(list(range(2, 8)), list(range(2, 20, 3)), list(range(10, 0, -2)), list(range(0)))
print(range(1, 10, 2), range(0, 5, 1), range(5, 0, -1))
print(list(range(5, 0)), list(range(0, 5, -1)), len(range(5, 0)))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:3], r[::-1], list(r[::2]))
print(7 in r, 8 in r, 27 in r, 31 in r)
print(r.index(11), r.count(11), r.count(12))
print(len(range(-5, 5, 3)), list(range(-5, 5, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1) == range(2))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big.stop == 10 ** 20)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(range(4))), type(range(3)).__name__)
print(range(5).start, range(5).stop, range(1, 9, 2).step)
