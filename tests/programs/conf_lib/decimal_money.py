from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero

print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2)
print(Decimal(1) / Decimal(3))
print(repr(Decimal("3.14")), Decimal(10), Decimal(0.5), Decimal("1e3"), Decimal("-0"))
price = Decimal("19.99")
qty = 3
total = price * qty
print(total, total.quantize(Decimal("0.1")), total * Decimal("1.0825"))
tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(tax, total + tax)
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal("7.89").quantize(Decimal("1"), rounding=ROUND_DOWN))
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 30
    print(Decimal(2).sqrt())
print(Decimal(2).sqrt())
getcontext().prec = 28
print(Decimal("1.50") == Decimal("1.5"), Decimal("1.5") == 1.5, Decimal(2) == 2, Decimal("1.30") + Decimal("1.20"))
print(Decimal("12.345").as_tuple())
print(Decimal("-3.7").__abs__(), -Decimal("2"), Decimal("10") % Decimal("3"), Decimal("-7") // Decimal("2"))
print(sum([Decimal("0.1")] * 10), max(Decimal("1.1"), Decimal("1.01")))
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.5'):.0%}", str(Decimal("1E+2")), Decimal("100").normalize())
print(int(Decimal("9.99")), float(Decimal("0.25")), round(Decimal("2.5")), round(Decimal("3.14159"), 2))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100)
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0), lambda: Decimal("1") + 1.5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(Decimal("5").compare(Decimal("3")), Decimal("1.23456").scaleb(2), Decimal(3).exp().quantize(Decimal("0.0001")))
