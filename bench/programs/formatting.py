# f-strings, %-formatting and str.format.


def fmt_all(n):
    total = 0
    last = ""
    for i in range(n):
        x = i * 0.125
        name = "item" + str(i % 10)
        a = f"{name}: {i} {x:.3f} {i:>6} {i:06d} {i:x}"
        b = "%s|%d|%5.2f|%-4s|%x" % (name, i, x, "ab", i)
        c = "{0}-{1}-{2:.1f}-{name}".format(i, i * 2, x, name=name)
        d = "{:>8}|{:<5}|{:^7}".format(i, "l", "c")
        total += len(a) + len(b) + len(c) + len(d)
        last = a + b + c + d
    return total, last


t, last = fmt_all(300000)
print(t, last)
