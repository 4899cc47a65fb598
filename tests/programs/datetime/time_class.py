from datetime import time, timedelta, timezone


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t = time(13, 5, 9, 250)
print(time, repr(t), str(t), repr(time()), repr(time(1)), repr(time(1, 2, 3)))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(t.isoformat(), t.isoformat("seconds"), t.isoformat(timespec="milliseconds"), time(7).isoformat())
print(t.replace(hour=1), t.replace(microsecond=0), repr(time(1, 2, fold=1)))
print(t.strftime("%I:%M %p"), time(0, 30).strftime("%I:%M %p %H"), f"{t:%H.%M}")
print(time.fromisoformat("03:04"), time.fromisoformat("03:04:05.5"), repr(time.fromisoformat("030405")))
print(time.min, time.max, time.resolution)
print(t < time(14), t == time(13, 5, 9, 250), sorted([time(12), time(1), time(6, 30)]))
print(bool(time()), hash(time(1)) == hash(time(1, 0)))
aware = time(12, 0, tzinfo=timezone.utc)
print(repr(aware), aware, aware.utcoffset(), aware.tzname(), aware.dst())
ist = time(17, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(ist, ist == aware, ist.isoformat())
print(time(1) == aware)
attempt("naive<aware", lambda: time(1) < aware)
attempt("hour", lambda: time(24))
attempt("neg", lambda: time(-1))
attempt("iso bad", lambda: time.fromisoformat("3:04"))
attempt("add", lambda: t + timedelta(1))
attempt("lt int", lambda: t < 5)
