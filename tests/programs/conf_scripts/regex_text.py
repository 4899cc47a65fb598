import re

log = """2024-01-05 10:00:01 INFO user=alice action=login
2024-01-05 10:02:13 WARN user=bob action=failed_login attempts=3
2024-01-05 10:05:00 ERROR user=alice action=crash code=500
2024-01-06 08:00:00 INFO user=carol action=login"""
pat = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\S+) (?P<level>[A-Z]+) (?P<rest>.*)$", re.M)
for m in pat.finditer(log):
    kv = dict(item.split("=") for item in m.group("rest").split())
    print(m.group(1), m.group("level"), kv, m.span("level"))
print(re.findall(r"user=(\w+)", log), re.findall(r"(\w+)=(\d+)", log))
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home x@y"))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ").strip(), re.subn("a", "A", "banana"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(-)", "1-2-3"), re.split(r"x", "axbxc", maxsplit=1))
m = re.search(r"(?i)ERROR.*code=(\d+)", log)
print(m.group(0)[:20], m.group(1), m.start(), m.groups(), bool(re.match("INFO", log)))
print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.fullmatch(r"[a-z]+", "abc1"))
print(re.sub(r"(?P<word>\b\w)", lambda mo: mo.group("word").upper(), "hello big world"))
print(re.findall(r"\b\w{5}\b", "these words have exactly five chars"), re.escape("a.b*c"))
phone = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})")
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "call 555-123-4567 now"]:
    mm = phone.search(s)
    print(s, "->", "-".join(mm.groups()) if mm else None)
print(re.findall(r"a*?b", "aaab ab b"), re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"))
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("-"), m.group(0, 1), m.lastindex, m.groupdict())
print(re.compile(r"\d+").pattern, re.I | re.M == re.M | re.I, repr(re.compile("ab", re.I)))
print(re.findall(r"^\w+", "one\ntwo\nthree", flags=re.MULTILINE), re.findall(r".", "a\nb", re.S))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
print(repr(re.match(r"\w+", "hello world")))
