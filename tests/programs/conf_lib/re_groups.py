import re

m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(1))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "Date: 2023-07-15 end")
print(m["year"], m.group("month"), m.groupdict(), m.span("day"), m.lastgroup, m.lastindex)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"))
print([mm.group() for mm in re.finditer(r"[aeiou]", "education")])
print([(mm.start(), mm.group()) for mm in re.finditer(r"\bcat\b", "cat concat cat")])
print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"\d+", lambda mo: str(int(mo.group()) * 2), "a1 b20 c300"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "x y"), re.subn(r"a", "A", "banana"))
print(re.sub("a", "b", "aaaa", count=2))
print(re.split(r"[,;]\s*", "a, b;c,   d"), re.split(r"(,)", "a,b,c"), re.split(r"\s", "a b c", maxsplit=1))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}", "1234"))
print(re.match(r"abc", "ABC", re.IGNORECASE).group(), re.findall(r"^\w", "one\ntwo\nthree", re.M))
print(re.findall(r"a.b", "a\nb", re.S), re.findall(r"a.b", "a\nb"))
pat = re.compile(r"""
    (\d+)   # number
    \s*
    ([a-z]+)  # unit
""", re.VERBOSE)
print(pat.findall("10 kg, 5m, 300 cm"))
print(pat.pattern.count("\n"), pat.flags & re.VERBOSE != 0, pat.groups)
m = re.match(r"(a)(b)?", "a")
print(m.groups(), m.groups("-"), m.group(2))
print(re.escape("a.b*c?"), re.findall(r"(?i)hello", "Hello HELLO"))
print(re.search(r"(\d+)(?=px)", "width: 100px").group(1), re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"))
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b></b>"))
print(repr(re.match(r"x", "y")), re.compile(r"\d").sub("#", "a1b2"))
m = re.search(r"o", "hello world")
print(repr(m))
print(re.findall(r"(a|b)+", "abab cab"), re.match(r"(?:ab)+", "ababx").group())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error", e)
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
print(re.sub(r"(\d)", r"\1\1", "a1b2"), re.match(r"(?P<x>a)(?P=x)", "aa").group())
