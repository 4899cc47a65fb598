# float() and bool() conversions
print(float(), float(0), float(-3), float("1.5e3"), float(" -7.25 "), float("1_5.0"))
print(float("inf"), float("-INF"), float("nan"), float(True), float(10 ** 18))
print(float("0.1"), float("1e-400"), float("1e400"), float("-0"), float("0x10" if False else "16"))
for s in ["1.2.3", "abc", "", " ", "1e", "e5", "1.5f", "١٫٥", "++1"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 9.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
print(bool(), bool(0), bool(1), bool(-0.0), bool(0.1), bool(""), bool(" "), bool("False"))
print(bool([]), bool([[]]), bool(()), bool({}), bool(set()), bool(frozenset([0])), bool(None))
print(bool(range(0)), bool(range(1)), bool(b""), bool(b"\x00"), bool(float("nan")))
print(bool(len), bool(object()), bool(bool), type(bool(1)).__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
