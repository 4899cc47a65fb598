import time
from datetime import date, datetime, timezone, timedelta

d = date(2024, 3, 5)
tt = d.timetuple()
print(tt)
print(tt.tm_year, tt.tm_mon, tt.tm_mday, tt.tm_wday, tt.tm_yday, tt.tm_isdst, tuple(tt)[:3])
dt = datetime(2024, 3, 5, 6, 7, 8)
print(dt.timetuple())
print(datetime(2024, 3, 5, 6, 7, 8, tzinfo=timezone(timedelta(hours=2))).utctimetuple())
print(time.strftime("%Y-%m-%d", dt.timetuple()))
