# hex/oct/bin of negatives, zero, bools and big numbers; __index__ support
for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64), 10 ** 30, True, False]:
    print(v, hex(v), oct(v), bin(v))
print(format(-255, "x"), format(-255, "#x"), format(-255, "08x"), format(-255, "#010x"), format(-5, "b"), format(-5, "#b"))
print(f"{-8:o}", f"{-8:#o}", f"{255:X}", f"{-255:#X}", f"{-1:+#x}", f"{10:#_b}")
class Idx:
    def __index__(self):
        return -42
print(hex(Idx()), oct(Idx()), bin(Idx()), [0, 1, 2][Idx() + 43 if False else 1])
for bad in [1.5, "10", None, 3j]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    bin(2.0)
except TypeError as e:
    print("TypeError", e)
print(int(hex(-300), 16), int(oct(-300), 8), int(bin(-300), 2), int(bin(-300), 0))
print(eval(hex(-(2 ** 70))) == -(2 ** 70), (-255).__format__("x"), (255).__index__())
print(float.hex(-0.5), float.hex(0.0), float.hex(-0.0), (1.5).hex(), float.fromhex("-0x1.8p1"))
