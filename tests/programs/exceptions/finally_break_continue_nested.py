# nested try/finally with break and continue in loops
log = []
for i in range(4):
    try:
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append("body%d" % i)
        finally:
            log.append("inner%d" % i)
    finally:
        log.append("outer%d" % i)
print(log)
def f():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            out.append("caught%d" % i)
            continue
        finally:
            out.append("fin%d" % i)
    return out
print(f())
def g():
    out = []
    while True:
        try:
            try:
                out.append("try")
                raise KeyError("k")
            finally:
                out.append("finally-break")
                break
        except KeyError:
            out.append("never")
    return out
print(g())
def h():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 1:
                raise RuntimeError("x")
        finally:
            continue
    return out
print(h())
def k():
    res = []
    for a in range(2):
        for b in range(3):
            try:
                if b == 1:
                    break
                res.append((a, b))
            finally:
                res.append("f%d%d" % (a, b))
    return res
print(k())
def w():
    n = 0
    try:
        while n < 5:
            try:
                n += 1
                if n % 2:
                    continue
            finally:
                print("finally n =", n)
    finally:
        print("outer finally")
    return n
print(w())
def ret_in_loop():
    for i in range(3):
        try:
            return "returned %d" % i
        finally:
            print("finally before return", i)
print(ret_in_loop())
