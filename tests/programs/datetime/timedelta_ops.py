from datetime import timedelta


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(timedelta)
td = timedelta(days=1, seconds=3600)
print(repr(td), str(td))
print(repr(timedelta()), str(timedelta()))
print(repr(timedelta(hours=-1)), str(timedelta(hours=-1)))
print(repr(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8)))
print(str(timedelta(days=2, microseconds=5)), str(timedelta(days=-1, seconds=5)))
print(str(timedelta(seconds=59.5)), str(timedelta(minutes=90)))
print(timedelta(1.5, 0.25, 0.5), timedelta(hours=1.1), timedelta(microseconds=1.5), timedelta(microseconds=2.5))
print(timedelta(seconds=-1).days, timedelta(seconds=-1).seconds, timedelta(seconds=-1).microseconds)
print(td.total_seconds(), timedelta(microseconds=1).total_seconds(), timedelta(days=-1).total_seconds())

a = timedelta(hours=5)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 1.5, a * 0, a / 4, a / 7, a / 1.5)
print(a / b, a // b, a % b, divmod(a, b), a // 7)
print(sum([a, b, b], timedelta()))
print(a > b, a < b, a == timedelta(seconds=18000), a != b, max(a, b), min(a, b))
print(sorted([a, b, timedelta(0), -b]))
print(bool(timedelta()), bool(b))
print(hash(a) == hash(timedelta(minutes=300)), len({a, timedelta(minutes=300), b}))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))

attempt("overflow", lambda: timedelta(days=1000000000))
attempt("max+1", lambda: timedelta.max + timedelta.resolution)
attempt("str arg", lambda: timedelta("1"))
attempt("add int", lambda: a + 1)
attempt("radd int", lambda: 1 + a)
attempt("sub int", lambda: a - 1)
attempt("lt int", lambda: a < 1)
attempt("eq int", lambda: a == 1)
attempt("mul td", lambda: a * a)
attempt("mul str", lambda: a * "x")
attempt("div 0", lambda: a / 0)
attempt("floordiv 0", lambda: a // 0)
attempt("div td0", lambda: a / timedelta(0))
attempt("mod 0", lambda: a % timedelta(0))
attempt("readonly", lambda: setattr(a, "days", 3))

# a stopwatch-like formatting of durations
for secs in (0, 59, 61, 3599, 3600, 86399, 86400, 90061, 1000000):
    d = timedelta(seconds=secs)
    hours, rem = divmod(d.seconds, 3600)
    print(secs, d, d.days, hours, rem // 60, rem % 60)
