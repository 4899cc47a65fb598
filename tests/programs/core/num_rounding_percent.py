# rounding, percentages and scientific notation
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, 1e-7]
for v in vals:
    print(v, round(v), round(v, 2), f"{v:.2f}", f"{v:.3e}", f"{v:g}")
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), type(round(7.2)).__name__, type(round(7.2, 1)).__name__)
scores = {"math": 42, "art": 17, "music": 9, "history": 32}
total = sum(scores.values())
for k, v in scores.items():
    pct = v / total
    print(f"{k:<8} {v:>3} {pct:7.2%} {pct * 100:5.1f}% {'#' * round(pct * 40)}")
print(f"{1 / 3:.1%}", f"{0.0:%}", f"{1:.0%}", f"{0.00123:.3%}")
for x in (6.02214076e23, 1.602e-19, 299792458.0, 0.000123, 12345.6789):
    print(f"{x:e}|{x:.2e}|{x:E}|{x:.3g}|{x:g}|{x:10.4}|")
print(f"{1e16:g}", f"{1e15:g}", f"{123456789.0:g}", f"{0.0001:g}", f"{0.00001:g}")
print(f"{float('inf'):.2f}", f"{float('-inf'):e}", f"{float('nan'):g}")
print(round(0.1 + 0.2, 10), round(2.5), round(3.5), round(-2.5))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), -7 // 2)
print(math.floor(2.999999), math.ceil(2.000001), math.isclose(0.1 + 0.2, 0.3))
avg = sum([88, 92, 79, 93, 85]) / 5
print(avg, f"{avg:.1f}", round(avg, 1), int(avg))
