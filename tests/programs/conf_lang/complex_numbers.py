z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, abs(z), z.conjugate(), type(z).__name__)
print(z + w, z - w, z * w, z / w, -z, +w, z == complex(3, 4), z != w)
print((1 + 1j) ** 2, (1 + 1j) ** 3, (1 + 2j) ** 10, (2 + 3j) ** -2, 1j ** 2)
print((2 + 0j) ** 0.5, (1 + 1j) ** 0.5, 1j ** 1j, (3 + 4j) ** 2.5)
print((-8 + 0j) ** (1 / 3), 2 ** (1 + 1j), (1 + 1j) ** 101)
for s in ["1+2j", "(1+2j)", "1+2J", "j", "-j", "2", "1 + 2j", "nan+infj", "1e3j", "(3)"]:
    try:
        print(repr(s), "->", complex(s))
    except ValueError as e:
        print(repr(s), "->", e)
print(repr(1e-5j), repr(-1.5j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1e300j * 1e10))
print(f"{z:.2f}", f"{w:>20}", format(1.5 + 2.25j, "g"), "{:e}".format(1j))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
try:
    z % 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hash(1 + 0j) == hash(1), complex(True, False), 1j * 1j, sum([1j, 2, 0.5]))
