# formatting tables with f-strings, str.format, ljust/rjust/center
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 199.99),
        ("Nut", 250, 0.05)]
header = ("Item", "Qty", "Price", "Total")
print(f"{header[0]:<12}|{header[1]:>5}|{header[2]:>9}|{header[3]:>10}")
print("-" * 12 + "+" + "-" * 5 + "+" + "-" * 9 + "+" + "-" * 10)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}|{qty:>5}|{price:>9.2f}|{total:>10,.2f}")
print("=" * 39)
print(f"{'TOTAL':<12}|{'':>5}|{'':>9}|{grand:>10,.2f}")
print()
fmt = "{:<12}{:^7}{:>8}"
print(fmt.format("name", "qty", "price"))
for name, qty, price in rows:
    print(fmt.format(name, qty, "${:.2f}".format(price)))
print()
print("{0:*^20}".format(" REPORT "))
print("{name:>10} has {n:03d} items".format(name="box", n=7))
for name, qty, _ in rows:
    print(name.ljust(14, ".") + str(qty).rjust(5, " "))
print("|" + "mid".center(11) + "|" + "x".center(4, "-") + "|")
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
print(widths)
for r in rows:
    print(" ".join(str(v).rjust(w) for v, w in zip(r, widths)))
w = 8
print(f"{'dyn':>{w}}|{3.14159:{w}.{3}f}|{42:#{w}x}|")
print("%-10s|%5d|%8.3f" % ("pct", 42, 2.5))
