# format specs: fill/align, signs, exponent forms, conversions, format() of odd types
print("[{:^10}]".format("mid"), "[{:*<8}]".format("ab"), "[{:->8}]".format(12), "[{:=^9}]".format("odd"))
print("[{:^10}]".format("even"), "[{:^5}]".format("toolong"), "[{:^4}]".format(7))
print("{:+.3e}".format(12345.6789), "{:+.3e}".format(-0.000123), "{:.0e}".format(5), "{:E}".format(1.5))
print("{:+}".format(0), "{:+}".format(-0.0), "{: }".format(3), "{:-}".format(3), "{:=+8}".format(-42), "{:0=8}".format(-42))
print("{!a}".format("caf\u00e9"), "{!r}".format("q"), "{!s:>5}".format(1.5), "{0!a:^12}".format("\u00ff"))
print(format(True), format(False, ""), format(True, "d"), format(True, ">6"), format(False, "^7"), format(True, ".2f"))
print(format(None), repr(format(None, "")), format(None, ">6") if False else "skip")
try:
    format(None, ">6")
except TypeError as e:
    print("TypeError", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError", e)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError", e)
print(format(1234567, ","), format(1234567.891, ",.2f"), format(1234567, "_"), format(0xABCDEF, "_x"), format(255, "#010b"))
print(format(0.5, "%"), format(1 / 3, ".1%"), format(-1.0, "g"), format(1e-5, "g"), format(1e16, "g"), format(123.0, "n"))
print(format("x", "\u2605^7"), format(3, "x<5"), format("left", "<0"), format(12, "#>+6"))
print(format(3.0, ""), format(3.0, "g"), format(3.0, ".3"), format(1e16, ""), format(1e16, ".17"), format(2.5, ".0f"))
print(f"{'a':{'*'}^{7}}", f"{3.14159:{'.'}{2}f}", f"{42:{'#'}{'x'}}")
print("{:.3}".format("abcdef"), "{:>8.3}|".format("abcdef"), "{:.0}|".format("abc"))
print(format(-0.0, "f"), format(-0.0, "+.1f"), format(-1e-9, ".2f"), format(float("-inf"), "+"), format(float("nan"), "^7"))
