# complex numbers: repr, attributes, arithmetic
zs = [3 + 4j, 1j, -1j, 0j, -0j, complex(1, -0.0), complex(-0.0, -0.0), 1.5 - 2.25j, complex(1e20, 1e-20), complex(2), complex("1+2j"), complex(" 3-1j "), 2j * 2]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, type(z.real).__name__)
print(abs(3 + 4j), abs(-5j), abs(0j), abs(complex(1e200, 1e200)))
print((1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) + 1, 2 - (1 + 1j), -(1 + 1j))
print((1 + 2j).conjugate(), (2j) ** 2, 1j ** 2, (1 + 1j) ** 3, pow(1j, 0))
print(1j == complex(0, 1), (1 + 0j) == 1, (1 + 0j) == 1.0, 1j != 1, hash(3 + 0j) == hash(3))
print(complex(float("inf"), float("nan")), complex(float("-inf"), 1), complex(1, float("inf")))
print(complex(1, 2) == complex("1+2j"), complex("j"), complex("-j"), complex("1e3j"))
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
for bad in [lambda: (1j) < (2j), lambda: int(1j), lambda: float(1 + 0j), lambda: 1j % 2, lambda: 1j // 1]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    complex("1+2k")
except ValueError as e:
    print("ValueError", e)
print(f"{1 + 2j}", f"{3 - 4j:.2f}", format(1.5 + 0.5j, "^20"), "%s" % (2j,))
print([1j, (1 + 0j), 0.5j], {1j: "i"}, (complex(0, 1),))
print(sum([1j, 2, 3.5]), type(sum([1, 1j])).__name__)
