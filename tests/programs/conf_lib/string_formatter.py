import string

class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return format(value, spec[:-1]).upper()
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{0:u} {1:>6u} {x}", "abc", "de", x=1))
print(u.format("{missing} and {0}", "zero"))
class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Conv().format("{0!u} {0!r} {0!s}", "hey"))
f = string.Formatter()
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("plain")), list(f.parse("{0!r:>5}")), list(f.parse("{}{}")))
print(f.format("{0.real} {1[k]} {2[0]}", 3 + 4j, {"k": "v"}, [9]))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2))
try:
    f.format("{0}")
except IndexError as e:
    print("IndexError", e)
try:
    f.format("{x}")
except KeyError as e:
    print("KeyError", e)
try:
    f.format("{0!z}", 1)
except ValueError as e:
    print("ValueError", e)
print("{:^9}|{:*<6}|{:=+8.2f}|{:#x}|{:,}|{:_b}|{:08.3e}|{:%}".format("mid", "l", 3.5, 255, 1234567, 10, 12345.678, 0.25))
print("{!a} {!r:>8} {:c}".format("é", "q", 65))
print(format(1234.5, "n"), format(0.000012345, "g"), format(1e16, "g"), format(123, "+05d"), format(-0.0, ".1f"))
print("%-5s|%5.1f|%03d|%x|%o|%e|%r|%c|%%" % ("ab", 2.25, 7, 255, 8, 1234.5, "s", 66))
print("%(name)s is %(age)d" % {"name": "Al", "age": 3}, "%s" % ((1, 2),), "%.3s" % "abcdef", "%*d" % (5, 42))
