import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=4, l=2))
calendar.prmonth(2000, 1)
print(repr(calendar.month(2021, 8)))
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=4, m=4))
print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024)])
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2000))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1999, 12))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1970, 1, 1), calendar.weekday(2000, 2, 29))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[1:4], len(calendar.month_name), len(calendar.day_abbr), calendar.day_name[-1])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)))
print(calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(9))
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 6))
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)

for args in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*args)
    except calendar.IllegalMonthError as e:
        print('IllegalMonthError', e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print('IllegalWeekdayError', e)
try:
    calendar.weekday(2023, 2, 29)
except ValueError as e:
    print('ValueError', e)

cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()))
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 2))[:5], list(cal.itermonthdays4(2024, 2))[-2:])
print(cal.monthdayscalendar(2023, 12))
print(len(cal.yeardayscalendar(2024)), len(cal.yeardayscalendar(2024, width=4)))
print(cal.monthdatescalendar(2024, 2)[0][0], cal.firstweekday)
print(cal.yeardays2calendar(2024, 6)[1][0][0])
tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2025, 7))
print(tc.formatweekday(0, 2), tc.formatweekday(0, 10), tc.formatmonthname(2025, 7, 20, False) + '|')
print(repr(tc.formatweek([(0, 2), (1, 3), (2, 4), (3, 5), (4, 6), (5, 0), (6, 1)], 3)))
tc.pryear(2022, 2, 1, 6, 2)
print(calendar.formatstring(['a', 'b', 'c'], 5, 2))
