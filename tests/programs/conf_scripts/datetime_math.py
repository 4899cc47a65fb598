from datetime import date, datetime, timedelta, time

d1 = date(2024, 2, 28)
d2 = d1 + timedelta(days=2)
print(d1, d2, d2 - d1, (d2 - d1).days, repr(d2 - d1))
print(d1.isoformat(), d1.weekday(), d1.isoweekday(), d1.strftime("%A %d %B %Y"), d1.strftime("%a %b %j %y"))
print(date(2023, 12, 31) - date(2023, 1, 1), date(2024, 1, 1).toordinal())
dt = datetime(2024, 3, 10, 14, 30, 5)
print(dt, repr(dt), dt.date(), dt.time(), dt.hour, dt.minute)
print(dt + timedelta(hours=12, minutes=45), dt - timedelta(weeks=1, seconds=1))
print(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%I:%M %p"), f"{dt:%d/%m/%Y}")
print(datetime.strptime("2021-07-04 09:15", "%Y-%m-%d %H:%M"))
print(date.fromisoformat("2020-02-29"), datetime.fromisoformat("2020-02-29T23:59:59"))
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661)
print(td, td.total_seconds(), td.days, td.seconds, repr(td))
print(timedelta(seconds=-1), timedelta(days=-3, hours=2), abs(timedelta(hours=-5)))
print(timedelta(minutes=90) // timedelta(minutes=25), timedelta(minutes=90) % timedelta(minutes=25))
print(timedelta(hours=3) / 2, timedelta(hours=3) * 1.5, timedelta(microseconds=1500))
birthdays = [date(1990, 5, 17), date(1985, 12, 1), date(2000, 1, 1)]
print(sorted(birthdays), max(birthdays) - min(birthdays))
ref = date(2024, 6, 1)
for b in birthdays:
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    print(b.strftime("%d.%m.%Y"), age)
print(d1.replace(day=1), d1 < d2, d1 == date(2024, 2, 28))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(time(9, 5), time(23, 59, 59, 999), repr(time(1, 2)))
import calendar
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.day_name[0])
days = [d1 + timedelta(days=i) for i in range(0, 10, 3)]
print([x.strftime("%m-%d") for x in days])
print(datetime(2024, 1, 1) - datetime(2023, 12, 31, 12))
print(dt.timetuple()[:6], dt.replace(microsecond=500))
