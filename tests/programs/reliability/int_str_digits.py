# the int <-> decimal str conversion limit (4300 digits by default in 3.11)
import sys

print("default", sys.get_int_max_str_digits())
info = sys.int_info
print("int_info", info.bits_per_digit, info.sizeof_digit, info.default_max_str_digits, info.str_digits_check_threshold)
print("int_info fields", len(info), info.n_fields if hasattr(info, "n_fields") else None)

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", len(r) if isinstance(r, str) else r)

big = 10**5000
attempt("int('1'*5000)", lambda: int('1' * 5000))
attempt("int('1'*4300)", lambda: int('1' * 4300) % 1000)
attempt("int('1'*4301)", lambda: int('1' * 4301))
attempt("int('-'+'1'*4301)", lambda: int('-' + '1' * 4301))
attempt("int(b'1'*5000)", lambda: int(b'1' * 5000))
attempt("int 3001 digits with underscores", lambda: int('1_' * 3000 + '1') % 1000)
attempt("int 4301 digits with underscores", lambda: int('1_' * 4300 + '1'))
attempt("int with spaces", lambda: int('  ' + '2' * 4300 + '\n') % 1000)
attempt("str(10**5000)", lambda: str(big))
attempt("repr(10**5000)", lambda: repr(big))
attempt("f-string", lambda: f"{big}")
attempt("format d", lambda: format(big, "d"))
attempt("%d", lambda: "%d" % big)
attempt("str(10**4299)", lambda: str(10**4299))
attempt("str(10**4300)", lambda: str(10**4300))
attempt("str(-10**4299)", lambda: str(-10**4299))
attempt("float('1'*5000)", lambda: float('1' * 5000) > 0)
attempt("decimal-ish via int(float)", lambda: int(1e300) > 0)

# power-of-two bases are not limited
attempt("hex", lambda: hex(big))
attempt("bin", lambda: bin(big))
attempt("oct", lambda: oct(big))
attempt("format x", lambda: format(big, "x"))
attempt("int(hex, 16)", lambda: int(hex(big), 16) == big)
attempt("int(oct, 0)", lambda: int(oct(big), 0) == big)
attempt("int(bin, 2)", lambda: int(bin(big)[2:], 2) == big)
attempt("int(base 10 explicit)", lambda: int('9' * 5000, 10))
attempt("int(base 36)", lambda: int('z' * 5000, 36))
attempt("int(base 7)", lambda: int('6' * 5000, 7))

# changing the limit
for value in (0, 5000, 640, 639, 100, -1):
    try:
        sys.set_int_max_str_digits(value)
        print("set", value, "->", sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
    except Exception as e:
        print("set", value, "->", type(e).__name__, e)
sys.set_int_max_str_digits(0)
attempt("unlimited str", lambda: str(big))
attempt("unlimited int", lambda: int('7' * 6000) % 10)
sys.set_int_max_str_digits(5000)
attempt("5000 str 10**4999", lambda: str(10**4999))
attempt("5000 str 10**5000", lambda: str(big))
sys.set_int_max_str_digits(640)
attempt("640 int 641 digits", lambda: int('1' * 641))
attempt("640 int 640 digits", lambda: int('1' * 640) % 7)
try:
    sys.set_int_max_str_digits(maxdigits=1000)
    print("keyword ->", sys.get_int_max_str_digits())
except Exception as e:
    print("keyword ->", type(e).__name__, e)
for bad in ("10", 1.5, None):
    try:
        sys.set_int_max_str_digits(bad)
    except Exception as e:
        print("bad", repr(bad), type(e).__name__, e)
sys.set_int_max_str_digits(4300)
print("restored", sys.get_int_max_str_digits())
attempt("after restore", lambda: str(10**4300))
