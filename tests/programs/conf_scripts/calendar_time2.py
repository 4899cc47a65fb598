import calendar
import time

print(calendar.month(2024, 2))
print(calendar.monthcalendar(2023, 10)[:2])
cal = calendar.TextCalendar(firstweekday=6)
print(cal.formatmonth(2021, 7, w=3))
print(calendar.weekday(2000, 1, 1), calendar.month_name[12], calendar.month_abbr[1], list(calendar.day_abbr))
print(calendar.leapdays(1900, 2025), [y for y in range(1896, 1912) if calendar.isleap(y)])
st = time.struct_time((2023, 3, 15, 8, 30, 0, 2, 74, -1))
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday)
print(time.strftime("%d/%m/%Y %H:%M", st), time.strftime("%A %B", st))
print(calendar.timegm(st), time.gmtime(0).tm_year, time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)))
print(calendar.prcal if False else "", calendar.firstweekday())
for y, m in [(2024, 1), (2024, 2), (2023, 2), (1900, 2)]:
    print(y, m, calendar.monthrange(y, m))
