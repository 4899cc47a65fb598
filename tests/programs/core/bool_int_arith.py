# bool is an int subclass: arithmetic, formatting and identity
print(True + True, True * 10, -True, ~True, ~False, True / 2, True // 2, True ** 10, 2 ** True)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(True << 3, True >> 1, abs(True), int(True), float(False), complex(True))
print(repr(True), str(False), f"{True}", f"{True:d}", f"{True:>6}", f"{False!r}", "%s %d %r" % (True, True, False))
print(format(True, "b"), format(True, ".2f"), "{:x}".format(True), "{}".format(False))
print(isinstance(True, int), issubclass(bool, int), type(True) is bool, bool.__mro__[1].__name__)
print(sum([True, True, False]), max(True, 2), sorted([True, 0, -1, False]), [0, 1][True])
print(True == 1, True is (1 == 1), "a" * True, [1] * False, divmod(True, 2))
print(bool(0.0), bool(-0.0), bool(0j), bool(float("nan")), bool(""), bool("0"), bool([[]]), bool(range(0)))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True.real, True.imag, True.numerator, True.denominator, (5).bit_length(), True.bit_length())
print(True.__add__(1), (1).__add__(True), True.__and__(1), True.__and__(True))
print(int.__repr__(True), int.__str__(False), bool("False"), bool(None))
print(hash(True), hash(False), {True: "x"}[1], {1: "y"}[True])
x = True
x += 1
print(x, type(x).__name__)
y = False
y |= True
print(y, type(y).__name__)
