import datetime
from datetime import date, timedelta


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = date(2024, 1, 2)
print(date, repr(d), str(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
print(d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(738000))
print(d.isoformat(), d.ctime())
print(d.replace(day=31), d.replace(year=2020, month=2, day=29))
print(d + timedelta(days=30), d - timedelta(days=2), timedelta(days=365) + d)
print(d - date(2023, 1, 1), date(2023, 1, 1) - d, (date(2025, 1, 1) - d).days)
print(d + timedelta(hours=47), d - timedelta(seconds=1))
print(d == date(2024, 1, 2), d != date(2024, 1, 2), d < date(2024, 1, 3), d >= date(2025, 1, 1))
days = [date(2024, 3, 1), date(2023, 12, 31), date(2024, 1, 15)]
print(sorted(days), max(days), min(days))
counts = {}
for x in days + [date(2024, 3, 1)]:
    counts[x] = counts.get(x, 0) + 1
print(sorted(counts.items()))
print(date.min, date.max, date.resolution, repr(date.min))
print(date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"), date.fromisoformat("2024-W09-4"))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7))
print(type(date.today()), isinstance(date.today(), date))
print(date(2000, 2, 29).isocalendar(), date(2021, 1, 1).isocalendar(), date(2024, 12, 30).isocalendar())
print(format(d, "%d/%m/%Y"), f"{d}", f"{d:%A %B %d}", "{:%y%m%d}".format(d))

attempt("month", lambda: date(2024, 13, 1))
attempt("day", lambda: date(2023, 2, 29))
attempt("day0", lambda: date(2024, 1, 0))
attempt("year", lambda: date(0, 1, 1))
attempt("year big", lambda: date(10000, 1, 1))
attempt("float", lambda: date(2024.0, 1, 1))
attempt("str", lambda: date("2024", 1, 1))
attempt("add int", lambda: d + 1)
attempt("radd int", lambda: 1 + d)
attempt("sub int", lambda: d - 1)
attempt("lt int", lambda: d < 1)
attempt("eq str", lambda: d == "2024-01-02")
attempt("overflow", lambda: date.max + timedelta(days=1))
attempt("underflow", lambda: date.min - timedelta(days=1))
attempt("replace", lambda: d.replace(month=2, day=30))
attempt("iso bad", lambda: date.fromisoformat("2024-1-2"))
attempt("iso type", lambda: date.fromisoformat(20240102))
attempt("isocal", lambda: date.fromisocalendar(2024, 53, 1))
attempt("isocal day", lambda: date.fromisocalendar(2024, 1, 8))
attempt("ordinal", lambda: date.fromordinal(0))
attempt("readonly", lambda: setattr(d, "year", 2000))


def days_until_birthday(today, month, day):
    nxt = date(today.year, month, day)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    return (nxt - today).days


print(days_until_birthday(date(2024, 6, 1), 5, 20), days_until_birthday(date(2024, 6, 1), 7, 4))
# count weekdays in a month
start = date(2024, 2, 1)
n = 0
while start.month == 2:
    if start.weekday() < 5:
        n += 1
    start += timedelta(days=1)
print("weekdays in Feb 2024:", n)
print(datetime.MINYEAR, datetime.MAXYEAR)
