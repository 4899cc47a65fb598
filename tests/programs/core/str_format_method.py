# str.format
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[1]} {1[k]} {2.__name__}".format([10, 20], {"k": "v"}, int))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"), "{:08.3f}".format(3.14159))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:,.2f}".format(1234567.891))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:e} {:.2e} {:g} {:g} {:%}".format(12345.678, 0.000123, 1e-5, 123456789.0, 0.25))
print("{:+d} {:+d} {: d} {:d}".format(5, -5, 5, -5))
print("{!r} {!s} {!a}".format("x", "y", "é"))
print("{{}} {{{}}}".format("in"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{0:>{1}}".format("x", 5))
print("{:c}".format(65), "{:5}|{:<5}|".format(42, 42))
print("{:=+8d}".format(-42), "{:08d}".format(-42))
print("{:.3s}".format("abcdef"), "{:10.3s}|".format("abcdef"))
for bad in ["{", "}", "{0} {}", "{:d}", "{x}", "{5}"]:
    try:
        print(bad.format(1.5))
    except Exception as e:
        print(type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
