# decimal: parsing, str/repr, arithmetic rounded to the context, division errors and traps,
# every rounding mode, quantize/normalize/sqrt/exp, comparisons with int, float and Fraction,
# hashing, conversions, format(), pickling and contexts.
from decimal import *
import decimal, pickle, copy
from fractions import Fraction
D = Decimal
for s in ["0", "-0", "1.10", "1e-7", "123.456e5", "  42  ", "1_000", "-1.5E+3", "0.000001", "0.0000001", "Infinity", "-inf", "NaN", "nan123", "sNaN", ".5", "5.", "1e+00", "100E-2"]:
    d = D(s)
    print(repr(s), str(d), repr(d), d.as_tuple(), d.adjusted() if d.is_finite() else None)
for bad in ["", "abc", "1e", "1..2", "--1", "1_", "e5", "1e5.5"]:
    try:
        print(D(bad))
    except InvalidOperation as e:
        print("bad", repr(bad), type(e).__name__, e)
print(D(0.1), D(-2.5), D(1e20), D(float("inf")), D(3), D(-0.0), D((1, (3, 1, 4), -2)), D.from_float(0.25))
a, b = D("10.25"), D("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, b ** -2, D(2) ** 10)
print(D(-7) // D(2), D(-7) % D(2), D(7) // D(-2), D(7) % D(-2), D("-6") % 3)
print(a + 1, 1 + a, a * 2, 3 - a, 10 / D(4), 2 ** D(3))
print(D("1.30") + D("1.20"), D("1.30") * D("1.20"), D("5.000") / D("2"), D(1) / D(8), D(2) / D(3))
for x, y in [(D(1), D(0)), (D(0), D(0)), (D(5), D(0))]:
    for op in ("/", "//", "%"):
        try:
            print(x, op, y, eval("x %s y" % op))
        except DecimalException as e:
            print(x, op, y, type(e).__name__, e)
print(D("2.675").quantize(D("0.01")), D("2.665").quantize(D("0.01")), D("-2.5").quantize(D("1"), rounding=ROUND_HALF_UP))
for mode in [ROUND_DOWN, ROUND_UP, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(D(v).quantize(D("1"), rounding=mode)) for v in ["2.5", "3.5", "-2.5", "2.51", "-2.49", "1.0", "5.1", "4.9"]])
print(D("123.4500").normalize(), D("0.00").normalize(), D("1E+2").normalize(), D("100").normalize(), D("-0.0100").normalize())
print(D(2).sqrt(), D("0.25").sqrt(), D(100).sqrt(), D("1E-10").sqrt(), D(0).sqrt(), D(1).exp(), D("-1").exp(), D("0.5").exp(), D(10).exp())
with localcontext() as ctx:
    ctx.prec = 50
    print(D(1) / D(7), D(2).sqrt(), D(1).exp())
print(getcontext().prec, getcontext().rounding)
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(D(2) / D(3), D("123456789"), +D("123456789"), D("1.23456789") * 1)
ctx = getcontext()
ctx.prec = 6
print(D(1) / D(7), D("3.14159265") + 0)
ctx.prec = 28
print(D(1) == D("1.0"), D("1.5") == 1.5, D(2) == 2, D("0.1") == 0.1, D(1) < 2, D("1.01") > D("1.1"), D(3) >= Fraction(3), D("0.5") == Fraction(1, 2))
print(D("NaN") == D("NaN"), D("NaN") != 1, D("Infinity") > 10 ** 100, D("-Infinity") < -1e308)
try:
    D("NaN") < 1
except InvalidOperation as e:
    print("nan order", type(e).__name__)
print(hash(D("0.5")) == hash(0.5), hash(D(7)) == hash(7), hash(D("-1")), hash(D("1.10")) == hash(D("1.1")), hash(D("Infinity")))
print(sorted([D("1.1"), D("-3"), D("2"), D("0.5")]), max(D("1.1"), D("1.01")), min(D(1), 0.5))
print(int(D("9.99")), int(D("-9.99")), float(D("0.25")), round(D("2.5")), round(D("3.5")), round(D("3.14159"), 2), round(D("1234.5"), -2))
print(bool(D(0)), bool(D("0.00")), bool(D("0.1")), D("3.7").__floor__(), D("-3.7").__ceil__())
print(f"{D('1234.5'):,.2f}", f"{D('0.5'):.0%}", f"{D('-3.14159'):.3f}", f"{D('2.5'):.0f}", f"{D('1234567.891'):,}", f"{D('12.5'):>10.2f}|", f"{D('12.5'):<8}|", f"{D('-1.5'):010.3f}", f"{D('123.456'):e}", f"{D('0.00123'):.2E}", f"{D('7'):+.1f}")
print(D("1.23456").scaleb(2), D("5").compare(D("3")), D("3").compare(D("5")), D(2).compare(2), D("-1.5").copy_abs(), D("1.5").copy_negate(), D(3).copy_sign(D(-1)))
print(D("1.5").is_signed(), D(0).is_zero(), D("inf").is_infinite(), D("nan").is_nan(), D("snan").is_snan(), D("1").is_finite())
print(D("12.345").as_tuple(), D("12.345").as_integer_ratio(), D("-0.5").as_integer_ratio(), D("1.5").to_integral_value(), D("2.5").to_integral_value(), D("1E+3").to_eng_string(), D("123E+4").to_eng_string())
print(pickle.loads(pickle.dumps(D("3.14"))), copy.deepcopy(D("2.5")), sum([D("0.1")] * 10), sum([D("0.1")] * 3, D(0)))
try:
    D(1) + 1.5
except TypeError as e:
    print("TypeError", e)
try:
    1.5 * D(1)
except TypeError as e:
    print("TypeError", e)
try:
    D([1, 2])
except ValueError as e:
    print("ValueError", e)
try:
    D(object())
except TypeError as e:
    print("TypeError", e)
try:
    getcontext().prec = 0
except ValueError as e:
    print("ValueError", e)
print(isinstance(D(1), decimal.Decimal), issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), DecimalTuple(0, (1,), 0))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
ctx = Context(prec=3, traps=[])
print(ctx.prec, ctx.traps[DivisionByZero], ctx.create_decimal("1.2345"), ctx.create_decimal(D(1) / D(0)) if False else "")
c2 = getcontext().copy(); c2.traps[DivisionByZero] = False; setcontext(c2)
print(D(1) / D(0), D(-1) / D(0), getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
print(getcontext().traps[DivisionByZero], getcontext().flags[DivisionByZero])
