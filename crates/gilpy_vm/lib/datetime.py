"""Dates, times, datetimes, time differences and fixed-offset time zones."""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = (None, "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    # Peel off whole 400-, 100-, 4- and 1-year cycles from day 0 = 0001-01-01.
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # the last day of a leap cycle
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 1
    while month < 12:
        dim = _DAYS_IN_MONTH[month] + (month == 2 and leap)
        if n < dim:
            break
        n -= dim
        month += 1
    return year, month, n + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


# Names in messages: CPython's classes here are C types named "datetime.X".
def _tname(obj):
    t = type(obj)
    if t in _OURS:
        return "datetime." + t.__name__
    return t.__name__


def _reprname(obj):
    return _tname(obj)


def _binop_error(op, a, b):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _tname(a), _tname(b)))


def _defer_or_fail(op, a, b, reflected):
    """Result for a forward binary operator that cannot handle b."""
    tb = type(b)
    if tb.__module__ != "builtins" and not isinstance(b, _OURS_TUPLE):
        meth = getattr(tb, reflected, None)
        if meth is not None and meth is not getattr(object, reflected, None):
            return NotImplemented
    _binop_error(op, a, b)


def _cmp_error(op, a, b):
    tb = type(b)
    if tb.__module__ != "builtins":
        return NotImplemented
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (op, _tname(a), _tname(b)))


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))
    return offset


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _field(slot, message):
    """A read-only attribute reading slot; assignment fails as in CPython."""
    def get(self):
        return getattr(self, slot)

    def refuse(self, value):
        raise AttributeError(message)

    return property(get, refuse)


def _round_half_even(num, den):
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


class timedelta:
    """A duration: days, seconds and microseconds, normalized so that
    0 <= seconds < 86400 and 0 <= microseconds < 1000000."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Sum every component exactly as a fraction of microseconds, then
        # round once (half to even), so floats lose nothing on the way.
        num = 0
        den = 1
        for value, factor, name in (
                (days, _US_PER_DAY, "days"),
                (seconds, _US_PER_SECOND, "seconds"),
                (microseconds, 1, "microseconds"),
                (milliseconds, 1000, "milliseconds"),
                (minutes, 60 * _US_PER_SECOND, "minutes"),
                (hours, 3600 * _US_PER_SECOND, "hours"),
                (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                if value:
                    num += value * factor * den
            elif isinstance(value, float):
                if value != value or value in (float("inf"), float("-inf")):
                    if value != value:
                        raise ValueError("cannot convert float NaN to integer")
                    raise OverflowError("cannot convert float infinity to integer")
                n, d = value.as_integer_ratio()
                num = num * d + n * factor * den
                den *= d
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        total = num if den == 1 else _round_half_even(num, den)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        d, rem = divmod(total, _US_PER_DAY)
        s, us = divmod(rem, _US_PER_SECOND)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    days = _field("_days", "readonly attribute")
    seconds = _field("_seconds", "readonly attribute")
    microseconds = _field("_microseconds", "readonly attribute")

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_reprname(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = "%d day%s, %s" % (self._days, plural, s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        if isinstance(other, date):
            return NotImplemented
        return _defer_or_fail("+", self, other, "__radd__")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        _binop_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        if isinstance(other, date):
            _binop_error("-", self, other)
        return _defer_or_fail("-", self, other, "__rsub__")

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._to_us() - self._to_us())
        _binop_error("-", other, self)

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return timedelta._from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._to_us() * n, d))
        if isinstance(other, (str, bytes, bytearray, list, tuple)):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _tname(self))
        return _defer_or_fail("*", self, other, "__rmul__")

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        _binop_error("*", other, self)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_half_even(self._to_us(), other)
                                      if other > 0 else
                                      _round_half_even(-self._to_us(), -other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if n < 0:
                n, d = -n, -d
            return timedelta._from_us(_round_half_even(self._to_us() * d, n))
        return _defer_or_fail("/", self, other, "__rtruediv__")

    def __rtruediv__(self, other):
        _binop_error("/", other, self)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._to_us() // other)
        return _defer_or_fail("//", self, other, "__rfloordiv__")

    def __rfloordiv__(self, other):
        _binop_error("//", other, self)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._to_us() % d)
        return _defer_or_fail("%", self, other, "__rmod__")

    def __rmod__(self, other):
        _binop_error("%", other, self)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), d)
            return q, timedelta._from_us(r)
        return _defer_or_fail("divmod()", self, other, "__rdivmod__")

    def __rdivmod__(self, other):
        _binop_error("divmod()", other, self)

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return _cmp_error("<", self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return _cmp_error("<=", self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return _cmp_error(">", self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return _cmp_error(">=", self, other)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __format__(self, spec):
        if spec:
            raise TypeError("unsupported format string passed to %s.__format__" % _tname(self))
        return str(self)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    def __reduce__(self):
        return (tuple, (tuple(self),))


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


def _struct_time(values):
    maker = getattr(_time, "struct_time", None)
    if maker is None:
        maker = type(_time.localtime(0))
    return maker(values)


def _utc_from_seconds(t):
    """(y, m, d, hh, mm, ss) of whole seconds t since the epoch, in UTC."""
    days, secs = divmod(t, 86400)
    y, m, d = _ord2ymd(days + 719163)
    hh, rem = divmod(secs, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _split_timestamp(t):
    """Whole seconds and microseconds (rounded half to even) of a timestamp."""
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        index = getattr(type(t), "__float__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        t = float(t)
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    whole = int(whole)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    return whole, us


def _local_fields(t):
    tm = _time.localtime(t)
    return tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]


class date:
    """A calendar date (proleptic Gregorian) without a time of day."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month, day):
        year, month, day = _check_date_fields(year, month, day)
        return cls._make(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    def _same_kind(self, y, m, d):
        if type(self) is date:
            return date._make(y, m, d)
        return type(self)(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        whole, us = _split_timestamp(t)
        y, m, d = _local_fields(whole)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_date(s)
        if fields is None or fields[3] != len(s):
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(*fields[:3])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    year = _field("_year", "attribute 'year' of 'datetime.date' objects is not writable")
    month = _field("_month", "attribute 'month' of 'datetime.date' objects is not writable")
    day = _field("_day", "attribute 'day' of 'datetime.date' objects is not writable")

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_reprname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[wd - 1][:3], _MONTH_NAMES[self._month][:3],
                                            self._day, self._year)

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _strftime(self, format, False)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, 0, 0, 0,
                             self.weekday(), self._yday(), -1))

    def _yday(self):
        return (_DAYS_BEFORE_MONTH[self._month] + (self._month > 2 and _is_leap(self._year))
                + self._day)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    # Comparisons.  A date and a datetime never compare equal, and they
    # cannot be ordered against each other.
    def _cmp(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            a = (self._year, self._month, self._day)
            b = (other._year, other._month, other._day)
            return (a > b) - (a < b)
        if isinstance(other, datetime):
            if op in ("==", "!="):
                return None
            raise TypeError("can't compare %s to %s" % (_tname(other), _tname(self)))
        return NotImplemented

    def __eq__(self, other):
        c = self._cmp(other, "==")
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._cmp(other, "!=")
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._cmp(other, "<")
        if c is NotImplemented:
            return _cmp_error("<", self, other)
        return c < 0

    def __le__(self, other):
        c = self._cmp(other, "<=")
        if c is NotImplemented:
            return _cmp_error("<=", self, other)
        return c <= 0

    def __gt__(self, other):
        c = self._cmp(other, ">")
        if c is NotImplemented:
            return _cmp_error(">", self, other)
        return c > 0

    def __ge__(self, other):
        c = self._cmp(other, ">=")
        if c is NotImplemented:
            return _cmp_error(">=", self, other)
        return c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return self._same_kind(*_ord2ymd(n))
        return _defer_or_fail("+", self, other, "__radd__")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        _binop_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if isinstance(other, date):
            _binop_error("-", self, other)
        return _defer_or_fail("-", self, other, "__rsub__")

    def __rsub__(self, other):
        _binop_error("-", other, self)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base for time zone information objects."""

    __slots__ = ("__dict__",)

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if name is None and not offset and cls is timezone:
            utc = globals().get("_UTC")
            if utc is not None:
                return utc
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        name = _reprname(self)
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return "UTC"
        return "UTC" + _format_offset(off)

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make(hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make(cls, hour, minute, second, microsecond, tz, fold):
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    hour = _field("_hour", "attribute 'hour' of 'datetime.time' objects is not writable")
    minute = _field("_minute", "attribute 'minute' of 'datetime.time' objects is not writable")
    second = _field("_second", "attribute 'second' of 'datetime.time' objects is not writable")
    microsecond = _field("_microsecond",
                         "attribute 'microsecond' of 'datetime.time' objects is not writable")
    tzinfo = _field("_tzinfo", "attribute 'tzinfo' of 'datetime.time' objects is not writable")
    fold = _field("_fold", "attribute 'fold' of 'datetime.time' objects is not writable")

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_time(s, 0)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        hh, mm, ss, us, tz = fields
        return cls(hh, mm, ss, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_reprname(self), s)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _strftime(self, format, True)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a, b = self._us(), other._us()
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                if op in ("==", "!="):
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            a, b = self._us(), other._us()
            if off1 is not None:
                a -= off1._to_us()
                b -= off2._to_us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._cmp(other, "==")
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._cmp(other, "!=")
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._cmp(other, "<")
        if c is NotImplemented:
            return _cmp_error("<", self, other)
        return c < 0

    def __le__(self, other):
        c = self._cmp(other, "<=")
        if c is NotImplemented:
            return _cmp_error("<=", self, other)
        return c <= 0

    def __gt__(self, other):
        c = self._cmp(other, ">")
        if c is NotImplemented:
            return _cmp_error(">", self, other)
        return c > 0

    def __ge__(self, other):
        c = self._cmp(other, ">=")
        if c is NotImplemented:
            return _cmp_error(">=", self, other)
        return c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(self._us() - off._to_us())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)
        if self._fold:
            return (_rebuild_with_fold, (type(self), args))
        return (type(self), args)


def _rebuild_with_fold(cls, args):
    return cls(*args, fold=1)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date together with a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._make_dt(year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    @classmethod
    def _make_dt(cls, year, month, day, hour, minute, second, microsecond, tz, fold=0):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def _make(cls, year, month, day):
        return cls._make_dt(year, month, day, 0, 0, 0, 0, None)

    def _same_kind_dt(self, y, m, d, hh, mm, ss, us, tz):
        if type(self) is datetime:
            return datetime._make_dt(y, m, d, hh, mm, ss, us, tz)
        return type(self)(y, m, d, hh, mm, ss, us, tz)

    hour = _field("_hour", "attribute 'hour' of 'datetime.datetime' objects is not writable")
    minute = _field("_minute",
                    "attribute 'minute' of 'datetime.datetime' objects is not writable")
    second = _field("_second",
                    "attribute 'second' of 'datetime.datetime' objects is not writable")
    microsecond = _field("_microsecond",
                         "attribute 'microsecond' of 'datetime.datetime' objects is not writable")
    tzinfo = _field("_tzinfo",
                    "attribute 'tzinfo' of 'datetime.datetime' objects is not writable")
    fold = _field("_fold", "attribute 'fold' of 'datetime.datetime' objects is not writable")

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        whole, us = _split_timestamp(t)
        if tz is None:
            y, m, d, hh, mm, ss = _local_fields(whole)
            return cls(y, m, d, hh, mm, ss, us)
        y, m, d, hh, mm, ss = _utc_from_seconds(whole)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        whole, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = _utc_from_seconds(whole)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_date(s)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        y, m, d, pos = fields
        tfields = (0, 0, 0, 0, None)
        if pos < len(s):
            tfields = _parse_iso_time(s, pos + 1)
            if tfields is None:
                raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(y, m, d, *tfields)

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % type(format).__name__)
        return cls(*_strptime(date_string, format))

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            parts += [self._second, self._microsecond]
        elif self._second:
            parts.append(self._second)
        s = "%s(%s" % (_reprname(self), ", ".join(map(str, parts)))
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                    _format_time(self._hour, self._minute, self._second,
                                                 self._microsecond, timespec))
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[wd - 1][:3], _MONTH_NAMES[self._month][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _strftime(self, format, True)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            isdst = -1
        else:
            isdst = 1 if dst else 0
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self.weekday(), self._yday(), isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                             dt._second, dt.weekday(), dt._yday(), 0))

    def _naive_us(self):
        """Microseconds since 0001-01-01 of the wall-clock fields."""
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
                 + self._second) * 1000000 + self._microsecond)

    def _local_offset_seconds(self, t):
        tm = _time.localtime(t)
        off = getattr(tm, "tm_gmtoff", None)
        if off is None:
            y, m, d, hh, mm, ss = _utc_from_seconds(t)
            local = _ymd2ord(tm[0], tm[1], tm[2]) * 86400 + tm[3] * 3600 + tm[4] * 60 + tm[5]
            utc = _ymd2ord(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss
            off = local - utc
        return off

    def _local_seconds(self):
        """Seconds since the epoch of this naive datetime read as local time.

        Solves u + offset(u) == wall.  Around a DST change there may be two
        solutions (fold picks one) or none (a time in the gap).
        """
        wall = (self._naive_us() - 719163 * _US_PER_DAY) // 1000000
        offset = self._local_offset_seconds
        a = offset(wall)
        u1 = wall - a
        t1 = u1 + offset(u1)
        if t1 == wall:
            b = offset(u1 + (86400 if self._fold else -86400))
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = wall - b
        if u2 + offset(u2) == wall:
            return u2
        if t1 == wall:
            return u1
        return min(u1, u2) if self._fold else max(u1, u2)

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_seconds()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        tm = _time.localtime(ts)
        off = self._local_offset_seconds(ts)
        name = getattr(tm, "tm_zone", None)
        return timezone(timedelta(seconds=off), name)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type %r" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _defer_or_fail("+", self, other, "__radd__")
        total = self._naive_us() + other._to_us()
        days, rem = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rem, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return self._same_kind_dt(y, m, d, hh, mm, ss, us, self._tzinfo)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        _binop_error("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            if isinstance(other, date):
                _binop_error("-", self, other)
            return _defer_or_fail("-", self, other, "__rsub__")
        a = self._naive_us()
        b = other._naive_us()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if off1 is not None:
                a -= off1._to_us()
                b -= off2._to_us()
        return timedelta._from_us(a - b)

    def __rsub__(self, other):
        _binop_error("-", other, self)

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op in ("==", "!="):
                    return None
                raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
            return NotImplemented
        a = self._naive_us()
        b = other._naive_us()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                if op in ("==", "!="):
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if off1 is not None:
                a -= off1._to_us()
                b -= off2._to_us()
        return (a > b) - (a < b)

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash(self._naive_us())
            else:
                self._hashcode = hash(self._naive_us() - off._to_us())
        return self._hashcode

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond, self._tzinfo)
        if self._fold:
            return (_rebuild_with_fold, (type(self), args))
        return (type(self), args)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_OURS = frozenset((date, datetime, time, timedelta, timezone, tzinfo))
_OURS_TUPLE = (date, time, timedelta, tzinfo)


def _from_iso_calendar(year, week, day):
    year = _as_int(year)
    week = _as_int(week)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # only years starting on a Thursday, or leap years starting on
            # a Wednesday, have a week 53
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _is_leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(n)


# The text parsers and formatters live in a module of their own; it reads
# the classes above, so it is imported last.
from _datetime_format import _parse_iso_date, _parse_iso_time, _strftime, _strptime

# CPython's datetime is C (_datetime): its methods show no frames in tracebacks.
__import__("_traceback")._native_module(globals())
