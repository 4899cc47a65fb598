# time.strptime (through the datetime parser) and os.path.relpath, commonpath, commonprefix
import time, os
print(time.strptime('2023-03-15 08:30', '%Y-%m-%d %H:%M'))
print(time.strptime('Wed Mar 15 2023', '%a %b %d %Y'))
t = time.strptime('12:30:00+0200', '%H:%M:%S%z'); print(t, t.tm_gmtoff, t.tm_zone)
t = time.strptime('12:30:00 UTC', '%H:%M:%S %Z'); print(t, t.tm_zone, t.tm_gmtoff)
print(time.strptime('Wed Mar 15 08:30:00 2023'))
print(time.mktime(time.strptime('2023-03-15', '%Y-%m-%d')) > 0)
for bad in [('x', '%Y'), ('2024',), (5,), ('1', 2), ('2024-13-01', '%Y-%m-%d'), ('2024 x', '%Y')]:
    try: time.strptime(*bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('x/y'), os.path.relpath('/a', '/a'))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b', 'a/c/d']), os.path.commonpath(['/x']))
print(os.path.commonprefix(['interspecies', 'interstellar']), repr(os.path.commonprefix([])))
for bad in [lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']), lambda: os.path.relpath(''), lambda: os.path.relpath('a', b'b'), lambda: os.path.commonpath(['/a', b'/b'])]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
