# divmod() result types and values across int, float, bool and big ints
pairs = [(7, 2), (7, 2.0), (7.5, 2), (True, 2), (7, True), (-7, 2.5), (2 ** 70, 3), (2 ** 70, -3.0), (0, 5), (-0.0, 5), (5, -0.0 or 1)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, type(q).__name__, type(r).__name__)
print(divmod(1e308, 1e-308)[1], divmod(float("inf"), 1), divmod(1, float("inf")), divmod(-1, float("inf")))
print(divmod(float("nan"), 1), divmod(3, -float("inf")))
class Num:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(Num(), 3), divmod(3, Num()))
for a, b in [(1, "2"), ("a", 1), (1j, 1), (None, 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError", e)
print(divmod(10 ** 40 + 7, 10 ** 20), divmod(-(10 ** 40), 7))
print(7 // 2.0, 7 % 2.0, -7 % 2.5, type(True // True).__name__, True % 2, False // 5)
