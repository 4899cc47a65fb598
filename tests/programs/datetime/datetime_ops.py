from datetime import date, datetime, time, timedelta


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


dt = datetime(2024, 1, 2, 3, 4, 5)
print(datetime, repr(dt), str(dt))
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5, 6)), repr(datetime(2024, 1, 2, 0, 0, 7)))
print(str(datetime(2024, 1, 2, 3, 4, 5, 600)), datetime(2024, 1, 2).isoformat())
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), repr(dt.date()), repr(dt.time()), dt.timetz())
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="milliseconds"))
print(dt.isoformat(timespec="hours"), dt.isoformat(timespec="microseconds"), dt.ctime())
print(dt.weekday(), dt.isocalendar(), dt.toordinal())
print(isinstance(dt, date), issubclass(datetime, date), datetime.__mro__[1])

print(dt + timedelta(days=1, hours=22), dt - timedelta(minutes=5, seconds=6))
print(dt - datetime(2023, 12, 31, 12), datetime(2023, 12, 31, 12) - dt)
print(repr(dt - datetime(2024, 1, 2, 3, 4, 5)))
print(dt.replace(hour=23, minute=59), dt.replace(year=2025, microsecond=1))
print(datetime.combine(date(2024, 5, 6), time(7, 8)), datetime.combine(dt.date(), dt.time()) == dt)
print(datetime.fromordinal(738887), datetime.fromisoformat("2024-01-02T03:04:05"))
print(datetime.fromisoformat("2024-01-02 03:04:05.123456"), datetime.fromisoformat("2024-01-02"))
print(datetime.fromisoformat("20240102T030405"), datetime.fromisoformat("2024-01-02T03:04"))
print(datetime.min, datetime.max, datetime.resolution)

events = [datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 8, 30), datetime(2023, 12, 31, 23, 59)]
print(sorted(events))
print(max(events) - min(events))
print(dt == datetime(2024, 1, 2, 3, 4, 5), dt < datetime(2024, 1, 2, 3, 4, 6), dt != dt.replace(microsecond=1))
print(dt == dt.date(), hash(dt) == hash(datetime(2024, 1, 2, 3, 4, 5)))
print(len({dt, datetime(2024, 1, 2, 3, 4, 5), dt.replace(second=0)}))
print(type(datetime.now()), type(datetime.today()), type(datetime.utcnow()))
print(datetime.now().tzinfo, datetime.now() > datetime(2020, 1, 1))
print(f"{dt:%Y-%m-%d %H:%M}", format(dt), "{:%H:%M:%S}".format(dt))

attempt("hour", lambda: datetime(2024, 1, 1, 24))
attempt("minute", lambda: datetime(2024, 1, 1, 1, 60))
attempt("second", lambda: datetime(2024, 1, 1, 1, 1, 60))
attempt("micro", lambda: datetime(2024, 1, 1, 1, 1, 1, 1000000))
attempt("fold", lambda: datetime(2024, 1, 1, fold=2))
attempt("tzinfo", lambda: datetime(2024, 1, 1, tzinfo=5))
attempt("timespec", lambda: dt.isoformat(timespec="days"))
attempt("cmp date", lambda: dt < date(2024, 1, 1))
attempt("sub date", lambda: dt - date(2024, 1, 1))
attempt("add dt", lambda: dt + dt)
attempt("add int", lambda: dt + 1)
attempt("overflow", lambda: datetime.max + timedelta(microseconds=1))
attempt("iso bad", lambda: datetime.fromisoformat("2024-01-02T25:00"))
attempt("iso junk", lambda: datetime.fromisoformat("not a date"))
attempt("combine", lambda: datetime.combine(1, time()))

start = datetime(2024, 1, 31, 22, 0)
step = timedelta(minutes=45)
slots = []
t = start
while t < start + timedelta(hours=3):
    slots.append(t.strftime("%d %H:%M"))
    t += step
print(slots)
