# currency and number formatting: thousands separators, padding, signs
amounts = [0, 1.5, 1234.5, -98765.4321, 1000000, 0.005, 0.015, 2.675, 1e9 + 0.1]
for a in amounts:
    print(f"|{a:,.2f}|{a:>15,.2f}|{a:+.1f}|{a:_.3f}|")
def money(x):
    sign = "-" if x < 0 else ""
    return f"{sign}${abs(x):,.2f}"
print([money(a) for a in (3, -1234.567, 1e6, 0.1 + 0.2)])
principal = 10000.0
rate = 0.045
print(f"{'Year':>4} {'Balance':>12} {'Interest':>10}")
bal = principal
for year in range(1, 6):
    interest = bal * rate
    bal += interest
    print(f"{year:>4} {bal:>12,.2f} {interest:>10,.2f}")
print(f"total gain: {bal - principal:,.2f} ({(bal / principal - 1):.2%})")
print(f"{1234567:,}", f"{1234567:_}", f"{-1234567:,d}", f"{12345.6789:,.0f}")
print(format(1234567.891, ",.1f"), format(0.5, ".0%"), format(2 / 3, ".3%"))
print("{:,}".format(10 ** 12), "{:>12,}".format(4321))
print(f"{42:08.2f}", f"{-42:08.2f}", f"{42:+08d}", f"{3.5:=+10.2f}")
print(f"{99.995:.2f}", f"{99.994:.2f}", f"{0.125:.2f}", f"{0.375:.2f}")
cents = 123456
print(f"${cents // 100:,}.{cents % 100:02d}")
items = {"coffee": 3.5, "bagel": 2.25, "juice": 4.0}
tax = 0.0825
sub = sum(items.values())
for k, v in items.items():
    print(f"{k.title():.<12}{v:.>8.2f}")
print(f"{'Subtotal':<12}{sub:>8.2f}")
print(f"{'Tax':<12}{sub * tax:>8.2f}")
print(f"{'Total':<12}{round(sub * (1 + tax), 2):>8.2f}")
