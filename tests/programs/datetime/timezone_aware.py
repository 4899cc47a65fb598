from datetime import datetime, timedelta, timezone, tzinfo, date
import datetime as dtmod


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


utc = timezone.utc
print(timezone, tzinfo, repr(utc), str(utc), dtmod.UTC is utc)
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
print(repr(est), str(est), repr(ist), str(ist), ist.utcoffset(None), ist.dst(None), ist.tzname(None))
print(timezone(timedelta(0)) is utc, timezone(timedelta(0)) == utc, est == timezone(timedelta(hours=-5)))
print(timezone.min, timezone.max, str(timezone(timedelta(seconds=-61))))

a = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
print(repr(a), a, a.isoformat(), a.utcoffset(), a.tzname(), a.dst())
b = a.astimezone(est)
c = a.astimezone(ist)
print(b, c, b == c == a, b.tzinfo is est)
print(c - b, (c - b).total_seconds(), hash(b) == hash(c))
print(sorted([c, b, a + timedelta(minutes=1)]))
print(a.strftime("%Y-%m-%d %H:%M %z %Z"), b.strftime("%z %Z"), c.strftime("%z|%Z"))
print(datetime(2024, 1, 1).strftime("[%z][%Z]"))
print(a.replace(tzinfo=None), a.replace(tzinfo=None) == a)
print(datetime.fromisoformat("2024-01-02T03:04:05+05:30"), datetime.fromisoformat("2024-01-02T03:04:05Z"))
print(repr(datetime.fromisoformat("2024-01-02T03:04:05-08:00")))

print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, utc))
print(datetime.fromtimestamp(86400 * 365, est), datetime.utcfromtimestamp(1e9))
print(a.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp(), b.timestamp() == a.timestamp())
print(datetime(2000, 1, 1, tzinfo=ist).timestamp())
print(datetime.now(utc).tzinfo is utc, type(datetime.now(ist)))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self._off = timedelta(hours=hours)
        self._name = name

    def utcoffset(self, dt):
        return self._off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self._name

    def __repr__(self):
        return f"Fixed({self._name})"


cet = Fixed(1, "CET")
d = datetime(2024, 6, 1, 9, 30, tzinfo=cet)
print(repr(d), d, d.tzname(), d.utcoffset(), d.astimezone(utc), utc.fromutc(a.replace(tzinfo=utc)))
print(d.astimezone(cet) is d, a.astimezone(cet), d == d.astimezone(utc))

naive = datetime(2024, 3, 10, 12, 0)
attempt("naive<aware", lambda: naive < a)
print("naive==aware", naive == a)
attempt("naive-aware", lambda: naive - a)
attempt("tz type", lambda: timezone(5))
attempt("tz name", lambda: timezone(timedelta(hours=1), 5))
attempt("tz range", lambda: timezone(timedelta(hours=24)))
attempt("tzinfo base", lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())
attempt("fromutc", lambda: est.fromutc(a))
attempt("astimezone", lambda: a.astimezone(5))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5


attempt("bad offset", lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())
