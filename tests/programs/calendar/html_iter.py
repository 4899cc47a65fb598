import calendar
import datetime

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 3, withyear=False))
print(hc.formatyear(2023, width=4))
print(hc.formatweekday(6), hc.formatday(0, 1), hc.formatday(5, 2))


class Custom(calendar.HTMLCalendar):
    cssclasses = ['weekday'] * 5 + ['weekend'] * 2
    cssclass_month = 'cal'


print(Custom(firstweekday=6).formatmonth(2025, 5))

c = calendar.Calendar()
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdates(2024, 2))[-1])
weeks = c.monthdatescalendar(2023, 1)
print(len(weeks), weeks[0][0], weeks[-1][-1])
print([d.isoformat() for d in weeks[0]])
print(c.yeardatescalendar(2024, 2)[0][1][0][0])
print(calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(2400, 2, 29))
print(calendar.monthrange(2100, 2), calendar.monthrange(2000, 2), calendar.leapdays(0, 400))
print(calendar.timegm(datetime.datetime(2020, 2, 29, 12, 30, 15).timetuple()))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)))
total = 0
for y in range(1990, 2031):
    for m in range(1, 13):
        w, n = calendar.monthrange(y, m)
        total += w * n
        assert w == datetime.date(y, m, 1).weekday()
print(total)
