# f-string format specs
pi = 3.14159265
big = 1234567.891
n = 255
print(f"{pi:.2f}", f"{pi:.0f}", f"{pi:10.3f}|", f"{pi:<10.3f}|", f"{pi:+.1f}")
print(f"{big:,}", f"{big:,.2f}", f"{big:_.1f}", f"{1234567:,}", f"{1234567:_}")
print(f"{n:>10,}|", f"{10**9:>15,}|", f"{-1234:,}", f"{1234:010,}")
print(f"{n:x}", f"{n:#X}", f"{n:08b}", f"{n:#o}", f"{n:c}", f"{-n:x}")
print(f"{0.5:%}", f"{0.125:.1%}", f"{1/3:.3}", f"{1/3:.3g}", f"{123456789:.3g}")
print(f"{12345.678:e}", f"{12345.678:.2E}", f"{0.00001:g}", f"{1e20:g}", f"{100.0:g}")
print(f"{'s':>5}|", f"{'s':<5}|", f"{'s':^5}|", f"{'s':*^7}|", f"{'abc':.2}|")
print(f"{42:5d}|", f"{42:<5d}|", f"{42:^5d}|", f"{42:05d}", f"{-42:05d}", f"{42:+05d}")
print(f"{-3.5:=+10.2f}|", f"{3.5: .2f}", f"{-3.5: .2f}")
print(f"{True:d}", f"{True:>5}", f"{False!s:>6}|")
print(f"{1e16:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.0:.1f}", f"{0.05:.1f}")
print(f"{float('inf'):8.2f}|", f"{float('nan'):f}", f"{float('-inf'):e}")
print(f"{12:#010x}", f"{1000000:e}", f"{0:.3e}")
print(f"{7.0:n}", f"{7:n}", f"{1e-10:.2g}")
print(f"{255:_b}", f"{65535:_x}", f"{3.0:#.0f}")
try:
    print(f"{'s':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{1.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{5:.2s}")
except ValueError as e:
    print(type(e).__name__, e)
print(format(pi, ".3f"), format(n, "b"), format("x", "^3"), format(12))
