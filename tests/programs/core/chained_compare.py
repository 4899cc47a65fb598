# chained comparisons
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 1 < 3 < 2 < 4)
print(0 <= x <= 5, 0 <= x < 5, x == 5 == 5.0, 1 == 1 != 2)
print(1 < 2 > 0, 3 > 2 > 1 > 0, 3 >= 3 >= 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(4), calls)
a, b, c = [1], [1], [2]
print(a == b != c, a is not b is not c)
print("a" < "b" < "c", (1, 2) < (1, 3) <= (1, 3))
print(1 in [1, 2] in [[1, 2]], 1 < 2 in [True])
print(x < 10 == True, (x < 10) == True)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
print(2 < 3 < "x" if False else "skipped")
print(not 1 < 2, not (1 < 2 < 0))
