import sys
big = 10 ** 5000
print(big.bit_length(), big % 97)
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(big)))
print(hex(big)[:10], len(hex(big)))
x = 2 ** 1000
print(x // 3 ** 300 % 1000, (-x) >> 990, x.to_bytes(126, "big")[:3])
print(f"{2**64:,}", f"{-2**70:_x}")
