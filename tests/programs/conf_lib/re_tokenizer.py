import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<id>[A-Za-z_]\w*)|(?P<op>[-+*/()=]))")
def tokenize(s):
    pos = 0
    out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise SyntaxError(f"bad char at {pos}: {s[pos]!r}")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out
print(tokenize("x = 3.5 * (y + 42)"))
try:
    tokenize("a $ b")
except SyntaxError as e:
    print("SyntaxError", e)
log = """2024-01-02 ERROR disk full
2024-01-02 INFO started
2024-01-03 WARN low memory
2024-01-04 ERROR net down"""
errs = re.findall(r"^(\S+) ERROR (.*)$", log, re.MULTILINE)
print(errs)
levels = {}
for m in re.finditer(r"^\S+ (?P<lvl>[A-Z]+)", log, re.M):
    levels[m["lvl"]] = levels.get(m["lvl"], 0) + 1
print(levels)
emails = "contact: bob@x.org, alice.smith@mail.co.uk; bad@, @bad.com"
print(re.findall(r"[\w.]+@[\w]+(?:\.\w+)+", emails))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<!^)(?=[A-Z][a-z])", "_", camel).lower())
print(re.split(r"\b", "hi there"))
print(re.findall(r"\w+", "héllo wörld ünï"), re.findall(r"[^\W\d_]+", "ab1_cd"))
print(re.match(r"\d+", "١٢٣"), re.match(r"(?a)\d+", "١٢٣"))
p = re.compile(r"(\w+)=(\w+)")
print(dict(p.findall("a=1 b=2 c=3")))
print(p.search("zz k=v").expand(r"\2:\1"))
print(re.findall(r"", "ab"), re.sub(r"x*", "-", "abc"))
print(re.split(r"x*", "axbc"))
