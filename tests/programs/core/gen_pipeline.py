# generator pipelines: read -> filter -> transform -> aggregate
log = """INFO start server port=8080
WARN disk low free=12
INFO request path=/home ms=35
ERROR timeout path=/api ms=3000
INFO request path=/about ms=12
WARN disk low free=8
INFO request path=/api ms=250
ERROR crash code=11
INFO stop"""

def lines(text):
    for ln in text.splitlines():
        print("  read:", ln.split()[0])
        yield ln

def only(level, src):
    for ln in src:
        if ln.startswith(level):
            yield ln

def fields(src):
    for ln in src:
        level, *rest = ln.split()
        kv = dict(p.split("=") for p in rest if "=" in p)
        yield level, kv

pipe = fields(only("INFO", lines(log)))
print(type(pipe).__name__)
first = next(pipe)
print("first:", first)
for level, kv in pipe:
    print("got", level, kv)
ms = (int(kv["ms"]) for _, kv in fields(l for l in log.splitlines()) if "ms" in kv)
print("total ms", sum(ms))
errors = [kv for lvl, kv in fields(iter(log.splitlines())) if lvl == "ERROR"]
print(errors)

def chunked(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf

def running_avg(src):
    total = count = 0
    for x in src:
        total += x
        count += 1
        yield total / count

print(list(chunked(range(10), 4)))
print(list(running_avg([10, 20, 30, 40])))
squares = (x * x for x in range(1, 11))
evens = (s for s in squares if s % 2 == 0)
print(list(evens), list(evens))
