from datetime import datetime, date, timezone, timedelta


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


dt = datetime(2024, 7, 4, 15, 6, 7, 89)
for fmt in ["%Y-%m-%d", "%y%m%d", "%H:%M:%S.%f", "%I:%M %p", "%a %A %b %B", "%j", "%%Y",
            "%d/%m/%Y %H:%M", "%w %u", "%U %W", "%G-W%V-%u", "%c", "%x %X", "%Y", "plain text", ""]:
    print(repr(fmt), repr(dt.strftime(fmt)))
d = date(2023, 1, 1)
print(d.strftime("%Y-%m-%d %H:%M:%S %a %j %U %W %V"))
for y, m, dd in [(2024, 1, 1), (2024, 12, 31), (2021, 1, 3), (2020, 12, 31), (2019, 12, 30)]:
    x = date(y, m, dd)
    print(x, x.strftime("%a %j %U %W %G %V %u %w"))
print(datetime(2024, 1, 1, 0, 5).strftime("%I %p"), datetime(2024, 1, 1, 12, 5).strftime("%I %p"))
aware = datetime(2024, 1, 1, 9, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(aware.strftime("%H:%M %z %Z"))

p = datetime.strptime
print(repr(p("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S")))
print(repr(p("02/01/24", "%d/%m/%y")), repr(p("02/01/70", "%d/%m/%y")))
print(repr(p("20240102", "%Y%m%d")), repr(p("2024112", "%Y%m%d")))
print(repr(p("July 4, 2024", "%B %d, %Y")), repr(p("jul 4 2024", "%b %d %Y")))
print(repr(p("Thursday 4 JULY 2024", "%A %d %B %Y")))
print(repr(p("10:30 PM", "%I:%M %p")), repr(p("12:15 am", "%I:%M %p")), repr(p("12:15 pm", "%I:%M %p")))
print(repr(p("3.5", "%S.%f")), repr(p("1.123456", "%S.%f")))
print(repr(p("2024-07-04T15:06:07+0200", "%Y-%m-%dT%H:%M:%S%z")))
print(repr(p("2024-07-04 15:06 -05:30", "%Y-%m-%d %H:%M %z")), repr(p("15:06Z", "%H:%M%z")))
print(repr(p("100 2024", "%j %Y")), repr(p("2024 10 3", "%Y %W %w")))
print(repr(p("  2024   1  2", " %Y %m %d")))
print(repr(p("5", "%d")), repr(p("10%", "%d%%")))
print(repr(p("2024-01-02 UTC", "%Y-%m-%d %Z")))

attempt("mismatch", lambda: p("2024-01-02", "%Y-%m-%d %H"))
attempt("remains", lambda: p("2024-01-02 x", "%Y-%m-%d"))
attempt("month 13", lambda: p("2024-13-02", "%Y-%m-%d"))
attempt("feb 30", lambda: p("2023-02-30", "%Y-%m-%d"))
attempt("bad directive", lambda: p("x", "%Q"))
attempt("stray", lambda: p("x", "x%"))
attempt("not str", lambda: p(20240102, "%Y%m%d"))
attempt("empty", lambda: p("", "%Y"))
attempt("strftime type", lambda: dt.strftime(5))

rows = ["2024-03-01 09:15", "2024-02-28 17:45", "2024-03-01 08:00"]
parsed = sorted(datetime.strptime(r, "%Y-%m-%d %H:%M") for r in rows)
print([x.strftime("%b %d %H:%M") for x in parsed])
print(parsed[-1] - parsed[0])
