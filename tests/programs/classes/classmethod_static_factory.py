# classmethods as alternate constructors, staticmethods as helpers, class-level registries
class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    def __init__(self, y, m, d):
        if not Date.valid(y, m, d):
            raise ValueError(f"invalid date {y}-{m}-{d}")
        self.y, self.m, self.d = y, m, d
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @staticmethod
    def valid(y, m, d):
        if not 1 <= m <= 12:
            return False
        days = 29 if m == 2 and Date.is_leap(y) else Date.DAYS[m - 1]
        return 1 <= d <= days
    @classmethod
    def from_iso(cls, s):
        return cls(*map(int, s.split("-")))
    @classmethod
    def from_ordinal(cls, y, n):
        m = 1
        while True:
            days = 29 if m == 2 and cls.is_leap(y) else cls.DAYS[m - 1]
            if n <= days:
                return cls(y, m, n)
            n -= days
            m += 1
    def day_of_year(self):
        return sum(29 if i == 1 and self.is_leap(self.y) else Date.DAYS[i]
                   for i in range(self.m - 1)) + self.d
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"

class Holiday(Date):
    pass

print(Date(2024, 2, 29), Date.from_iso("1999-12-31"), Date.from_ordinal(2023, 100))
print(Holiday.from_iso("2000-01-01"), type(Holiday.from_ordinal(2000, 60)).__name__)
print([y for y in (1900, 2000, 2023, 2024, 2100) if Date.is_leap(y)])
print(Date(2024, 12, 31).day_of_year(), Date(2023, 12, 31).day_of_year(), Date(2023, 3, 1).day_of_year())
for s in ("2023-02-29", "2023-13-01", "2024-04-31"):
    try:
        Date.from_iso(s)
    except ValueError as e:
        print("ValueError:", e)

class Plugin:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, name, *args):
        return cls.registry[name](*args)
    @classmethod
    def names(cls):
        return sorted(cls.registry)

class Upper(Plugin):
    def run(self, s):
        return s.upper()
class Reverse(Plugin):
    def run(self, s):
        return s[::-1]
print(Plugin.names(), Plugin.create("upper").run("abc"), Plugin.create("reverse").run("abc"))

class Temp:
    instances = 0
    def __init__(self, c):
        self.c = c
        Temp.instances += 1
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
t = Temp.from_f(212)
print(t.c, Temp.c_to_f(37), t.c_to_f(-40), Temp.instances)
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["c_to_f"]).__name__)
print(Temp.from_f.__self__ is Temp, Temp.c_to_f(0))
