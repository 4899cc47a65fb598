# send-based coroutines: running average, accumulator, state machine
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

co = averager()
print(next(co))
for v in (10, 20, 60, 5):
    print("sent", v, "avg", co.send(v))
try:
    co.send(None)
except StopIteration as e:
    print("finished", e.value)

def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    try:
        while True:
            msg = yield
            print(prefix, msg)
    except GeneratorExit:
        print(prefix, "closed")

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())

p = printer(">>")
g = grep("py", p)
for line in ["python rocks", "java", "pypy too", "c"]:
    g.send(line)
g.close()
p.close()

@coroutine
def turnstile():
    state = "locked"
    while True:
        event = yield state
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"

t = turnstile()
for ev in ["push", "coin", "coin", "push", "push", "coin"]:
    print(ev, "->", t.send(ev))

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo saw", received)

e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print(e.send.__name__ if hasattr(e, "send") else None)
