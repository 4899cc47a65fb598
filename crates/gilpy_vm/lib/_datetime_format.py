"""Text formats for the datetime module: ISO 8601 parsing, strftime and strptime."""

import time as _time
from datetime import (date, datetime, timedelta, timezone, _UTC, _date_class,
                      _DAY_NAMES, _MONTH_NAMES, _format_offset, _from_iso_calendar,
                      _is_leap, _ord2ymd, _ymd2ord)


def _digits(s, pos, count):
    """int of exactly count ASCII digits at s[pos:], or None."""
    part = s[pos:pos + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_iso_date(s):
    """(year, month, day, end) for the ISO 8601 date at the start of s."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    n = len(s)
    ext = n > 4 and s[4] == "-"
    pos = 5 if ext else 4
    if pos < n and s[pos] == "W":
        week = _digits(s, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        if pos < n and (s[pos] == "-" if ext else s[pos].isdigit()):
            if ext:
                pos += 1
            day = _digits(s, pos, 1)
            if day is None:
                return None
            pos += 1
        y, m, d = _from_iso_calendar(year, week, day)
        return y, m, d, pos
    month = _digits(s, pos, 2)
    if month is None:
        return None
    pos += 2
    if ext:
        if pos >= n or s[pos] != "-":
            return None
        pos += 1
    day = _digits(s, pos, 2)
    if day is None:
        return None
    return year, month, day, pos + 2


def _parse_iso_time(s, pos):
    """(hour, minute, second, microsecond, tzinfo) of the time in s[pos:]."""
    n = len(s)
    end = n
    for i in range(pos, n):
        if s[i] in "+-Z":
            end = i
            break
    body = s[pos:end]
    if not body:
        return None
    hh = mm = ss = us = 0
    frac = ""
    main = body
    for sep in ".,":
        if sep in body:
            main, frac = body.split(sep, 1)
            break
    if ":" in main:
        parts = main.split(":")
    else:
        if len(main) % 2 or len(main) > 6:
            return None
        parts = [main[i:i + 2] for i in range(0, len(main), 2)]
    if not 1 <= len(parts) <= 3:
        return None
    vals = []
    for p in parts:
        if len(p) != 2 or not p.isdigit() or not p.isascii():
            return None
        vals.append(int(p))
    hh = vals[0]
    if len(vals) > 1:
        mm = vals[1]
    if len(vals) > 2:
        ss = vals[2]
    if frac:
        if len(vals) < 3 or not frac.isdigit() or not frac.isascii():
            return None
        us = int((frac + "000000")[:6])
    elif body.endswith((".", ",")):
        return None
    tz = None
    if end < n:
        rest = s[end:]
        if rest == "Z":
            tz = _UTC
        else:
            sign = -1 if rest[0] == "-" else 1
            if rest[0] == "Z":
                return None
            off = _parse_iso_time(rest, 1)
            if off is None or off[4] is not None:
                return None
            oh, om, osec, ous, _ = off
            delta = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            tz = _UTC if not delta else timezone(sign * delta)
    return hh, mm, ss, us, tz


def _strftime(obj, fmt, has_time):
    # plain dates have no offset; times and datetimes may
    has_tz = not isinstance(obj, date) or isinstance(obj, datetime)
    if has_time:
        hh, mi, ss, us = obj.hour, obj.minute, obj.second, obj.microsecond
    else:
        hh = mi = ss = us = 0
    if isinstance(obj, date):
        y, m, d = obj.year, obj.month, obj.day
        wd = obj.weekday()
        yday = obj._yday()
    else:
        y, m, d = 1900, 1, 1
        wd = 0
        yday = 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        if j + 1 >= n:
            out.append("%")
            break
        c = fmt[j + 1]
        i = j + 2
        if c == "Y":
            out.append(str(y))
        elif c == "m":
            out.append("%02d" % m)
        elif c == "d":
            out.append("%02d" % d)
        elif c == "H":
            out.append("%02d" % hh)
        elif c == "M":
            out.append("%02d" % mi)
        elif c == "S":
            out.append("%02d" % ss)
        elif c == "f":
            out.append("%06d" % us)
        elif c == "y":
            out.append("%02d" % (y % 100))
        elif c == "b" or c == "h":
            out.append(_MONTH_NAMES[m][:3])
        elif c == "B":
            out.append(_MONTH_NAMES[m])
        elif c == "a":
            out.append(_DAY_NAMES[wd][:3])
        elif c == "A":
            out.append(_DAY_NAMES[wd])
        elif c == "j":
            out.append("%03d" % yday)
        elif c == "p":
            out.append("AM" if hh < 12 else "PM")
        elif c == "P":
            out.append("am" if hh < 12 else "pm")
        elif c == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif c == "l":
            out.append("%2d" % (hh % 12 or 12))
        elif c == "k":
            out.append("%2d" % hh)
        elif c == "z":
            out.append(_format_offset(obj.utcoffset(), "") if has_tz else "")
        elif c == "Z":
            out.append((obj.tzname() or "") if has_tz else "")
        elif c == "%":
            out.append("%")
        elif c == "w":
            out.append(str((wd + 1) % 7))
        elif c == "u":
            out.append(str(wd + 1))
        elif c == "U":
            out.append("%02d" % ((yday + 6 - (wd + 1) % 7) // 7))
        elif c == "W":
            out.append("%02d" % ((yday + 6 - wd) // 7))
        elif c in "GV":
            if isinstance(obj, date):
                iy, iw, _ = _date_class(y, m, d).isocalendar()
            else:
                iy, iw = 1900, 1
            out.append(str(iy) if c == "G" else "%02d" % iw)
        elif c == "C":
            out.append("%02d" % (y // 100))
        elif c == "e":
            out.append("%2d" % d)
        elif c == "D":
            out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif c == "F":
            out.append("%d-%02d-%02d" % (y, m, d))
        elif c == "T":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif c == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif c == "r":
            out.append("%02d:%02d:%02d %s" % (hh % 12 or 12, mi, ss, "AM" if hh < 12 else "PM"))
        elif c == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[wd][:3], _MONTH_NAMES[m][:3],
                                                       d, hh, mi, ss, y))
        elif c == "x":
            out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif c == "X":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        else:
            out.append("%" + c)
    return "".join(out)


# strptime: each directive offers candidate matches in the order CPython's
# regular expressions would try them; a backtracking search takes the first
# combination that matches the whole format.

def _num_candidates(s, pos, lengths, lo, hi):
    """Runs of exactly k ASCII digits (k from lengths, in order) in lo..hi."""
    found = []
    for k in lengths:
        part = s[pos:pos + k]
        if len(part) == k and part.isascii() and part.isdigit() and lo <= int(part) <= hi:
            found.append((part, pos + k))
    return found


def _two_digit_first(s, pos, lo2, hi2, lo1, hi1):
    found = []
    part = s[pos:pos + 2]
    if len(part) == 2 and part.isascii() and part.isdigit() and lo2 <= int(part) <= hi2:
        found.append((part, pos + 2))
    part = s[pos:pos + 1]
    if part and part.isascii() and part.isdigit() and lo1 <= int(part) <= hi1:
        found.append((part, pos + 1))
    return found


def _name_candidates(s, pos, names):
    low = s[pos:].lower()
    found = []
    for name in sorted(names, key=len, reverse=True):
        if low.startswith(name.lower()):
            found.append((s[pos:pos + len(name)], pos + len(name)))
    return found


def _tz_candidates(s, pos):
    """Matches of [+-]HH[:]MM[[:]SS[.ffffff]] or Z, preferred first."""
    if s[pos:pos + 1] == "Z":
        return [("Z", pos + 1)]
    if s[pos:pos + 1] not in ("+", "-"):
        return []

    def two(k, first_digits="0123456789"):
        part = s[k:k + 2]
        return len(part) == 2 and part.isascii() and part.isdigit() and part[0] in first_digits

    i = pos + 1
    if not two(i):
        return []
    i += 2
    if s[i:i + 1] == ":":
        i += 1
    if not two(i, "012345"):
        return []
    i += 2
    found = []
    k = i + 1 if s[i:i + 1] == ":" else i
    if two(k, "012345"):
        m = k + 2
        if s[m:m + 1] == ".":
            f = m + 1
            while f < len(s) and f - (m + 1) < 6 and s[f].isascii() and s[f].isdigit():
                f += 1
            for e in range(f, m + 1, -1):
                found.append((s[pos:e], e))
        found.append((s[pos:m], m))
    found.append((s[pos:i], i))
    return found


def _directive_candidates(c, s, pos):
    if c == "Y":
        return _num_candidates(s, pos, (4,), 0, 9999)
    if c in "mI":
        found = []
        part = s[pos:pos + 2]
        if len(part) == 2 and part.isascii() and part.isdigit() and 1 <= int(part) <= 12:
            found.append((part, pos + 2))
        part = s[pos:pos + 1]
        if part.isascii() and part.isdigit() and part != "0":
            found.append((part, pos + 1))
        return found
    if c == "d":
        found = []
        part = s[pos:pos + 2]
        if len(part) == 2 and part.isascii() and part.isdigit() and 1 <= int(part) <= 31:
            found.append((part, pos + 2))
        part = s[pos:pos + 1]
        if part.isascii() and part.isdigit() and part != "0":
            found.append((part, pos + 1))
        if part == " ":
            nxt = s[pos + 1:pos + 2]
            if nxt.isascii() and nxt.isdigit() and nxt != "0":
                found.append((s[pos:pos + 2], pos + 2))
        return found
    if c == "H":
        return _two_digit_first(s, pos, 0, 23, 0, 9)
    if c == "M":
        return _two_digit_first(s, pos, 0, 59, 0, 9)
    if c == "S":
        return _two_digit_first(s, pos, 0, 61, 0, 9)
    if c == "y":
        return _num_candidates(s, pos, (2,), 0, 99)
    if c == "f":
        return _num_candidates(s, pos, (6, 5, 4, 3, 2, 1), 0, 999999)
    if c == "j":
        return _num_candidates(s, pos, (3,), 1, 366) + _num_candidates(s, pos, (2,), 1, 99) \
            + _num_candidates(s, pos, (1,), 1, 9)
    if c in "UW":
        return _two_digit_first(s, pos, 0, 53, 0, 9)
    if c == "w":
        return _num_candidates(s, pos, (1,), 0, 6)
    if c == "u":
        return _num_candidates(s, pos, (1,), 1, 7)
    if c == "b":
        return _name_candidates(s, pos, [n[:3] for n in _MONTH_NAMES[1:]])
    if c == "B":
        return _name_candidates(s, pos, _MONTH_NAMES[1:])
    if c == "a":
        return _name_candidates(s, pos, [n[:3] for n in _DAY_NAMES])
    if c == "A":
        return _name_candidates(s, pos, _DAY_NAMES)
    if c == "p":
        return _name_candidates(s, pos, ["AM", "PM"])
    if c == "z":
        return _tz_candidates(s, pos)
    if c == "Z":
        names = {"UTC", "GMT"}
        tznames = getattr(_time, "tzname", None)
        if tznames:
            names.update(tznames)
        return _name_candidates(s, pos, sorted(names))
    return []


_STRPTIME_DIRECTIVES = "YmdHMSfyIpbBaAjzZUWwu"


def _compile_format(fmt):
    """Turn a strptime format into a list of ('lit', text), ('ws',) and
    ('dir', letter) items."""
    items = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d == "%":
                items.append(("lit", "%"))
            elif d in _STRPTIME_DIRECTIVES:
                items.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 2
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(("ws",))
        else:
            items.append(("lit", c))
            i += 1
    return items


def _match_items(items, k, s, pos, found):
    if k == len(items):
        return pos
    item = items[k]
    kind = item[0]
    if kind == "lit":
        text = item[1]
        if s[pos:pos + len(text)].lower() != text.lower():
            return -1
        return _match_items(items, k + 1, s, pos + len(text), found)
    if kind == "ws":
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        # \s+ is greedy: try the longest run first
        while end > pos:
            r = _match_items(items, k + 1, s, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    letter = item[1]
    for text, end in _directive_candidates(letter, s, pos):
        r = _match_items(items, k + 1, s, end, found)
        if r >= 0:
            found[letter] = text
            return r
    return -1


def _strptime_time(s, fmt):
    """time.strptime's fields: the nine of a struct_time, then the zone name and the UTC
    offset in seconds (None where the format had no %Z or %z)."""
    found = {}
    year, month, day, hour, minute, second, _, tz = _strptime(s, fmt, found)
    ordinal = _ymd2ord(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ymd2ord(year, 1, 1) + 1
    isdst = -1
    zone = found.get("Z")
    if zone is not None:
        name = zone.lower()
        if name in ("utc", "gmt"):
            isdst = 0
        else:
            import time
            names = [n.lower() for n in time.tzname]
            if not (time.daylight and names[0] == names[1]):
                if name == names[0]:
                    isdst = 0
                elif time.daylight and name == names[1]:
                    isdst = 1
    gmtoff = None
    if tz is not None:
        delta = tz.utcoffset(None)
        gmtoff = delta.days * 86400 + delta.seconds
    return (year, month, day, hour, minute, second, weekday, yday, isdst, zone, gmtoff)


def _strptime(s, fmt, found_out=None):
    items = _compile_format(fmt)
    found = {}
    end = _match_items(items, 0, s, 0, found)
    if found_out is not None:
        found_out.update(found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (s, fmt))
    if end != len(s):
        raise ValueError("unconverted data remains: %s" % s[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    offset = None
    julian = None
    weekday = None
    week_of_year = None
    week_starts_mon = True
    for key, val in found.items():
        if key == "y":
            year = int(val)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(val)
        elif key == "m":
            month = int(val)
        elif key == "B":
            month = [n.lower() for n in _MONTH_NAMES[1:]].index(val.lower()) + 1
        elif key == "b":
            month = [n[:3].lower() for n in _MONTH_NAMES[1:]].index(val.lower()) + 1
        elif key == "d":
            day = int(val)
        elif key == "H":
            hour = int(val)
        elif key == "I":
            hour = int(val)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(val)
        elif key == "S":
            second = int(val)
        elif key == "f":
            fraction = int(val + "0" * (6 - len(val)))
        elif key == "A":
            weekday = [n.lower() for n in _DAY_NAMES].index(val.lower())
        elif key == "a":
            weekday = [n[:3].lower() for n in _DAY_NAMES].index(val.lower())
        elif key == "w":
            weekday = (int(val) + 6) % 7
        elif key == "u":
            weekday = int(val) - 1
        elif key == "j":
            julian = int(val)
        elif key in "UW":
            week_of_year = int(val)
            week_starts_mon = key == "W"
        elif key == "z":
            if val == "Z":
                offset = timedelta(0)
            else:
                z = val
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % val)
                        z = z[:5] + z[6:]
                secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                us = int(rest + "0" * (6 - len(rest)))
                if z[0] == "-":
                    secs = -secs
                    us = -us
                offset = timedelta(seconds=secs, microseconds=us)
    if offset is not None:
        tz = timezone(offset, found["Z"]) if "Z" in found else timezone(offset)
    if year is None:
        year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        first = (_ymd2ord(year, 1, 1) + 6) % 7
        if not week_starts_mon:
            first = (first + 1) % 7
            weekday = (weekday + 1) % 7
        if week_of_year == 0:
            julian = 1 + weekday - first
        else:
            julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + weekday
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        y, m, d = _ord2ymd(_ymd2ord(year, 1, 1) + julian - 1)
        year, month, day = y, m, d
    return year, month, day, hour, minute, second, fraction, tz
