# comparisons of containers and mixed types
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2))
print([1, [2, 3]] < [1, [2, 4]], [[]] < [[0]], [2] > [1, 99])
print((1, "a") < (1, "b"), (1, 2, 3) > (1, 2), () < (0,))
print({1: 2} == {1: 2.0}, {1: [1]} != {1: [2]})
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True, "1" == 1)
print(1 < 1.5 < 2, 2 ** 64 > 1.8e19, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308)
print(float("inf") > 10 ** 400, -10 ** 400 < float("-inf"))
print([1, 2] != [1, 2], not [1] == [1])
print("abc" < "abd", "abc" < "abcd", "B" < "a", "é" > "z")
print(b"ab" < b"b", bytearray(b"a") == b"a", b"a" == "a")
for a, b in [([1], (1,)), ({1}, [1]), ("a", b"a"), (None, None)]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print({1, 2} < {1, 2, 3}, {1, 2} == frozenset({2, 1}))
print(max([1, 2], [1, 3]), min((2, 0), (1, 9)), sorted([[2], [1, 5], [1]]))
x = [1]
x.append(x)
print(x, x == x)
d = {}
d["self"] = d
print(d)
