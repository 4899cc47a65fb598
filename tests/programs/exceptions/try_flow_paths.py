# try/except/else/finally: print the path taken for several inputs
def process(x):
    path = []
    try:
        path.append("try")
        if x == "type":
            path.append("raising TypeError")
            raise TypeError("bad type")
        if x == "zero":
            1 / 0
        if x == "return":
            path.append("returning")
            return path
        value = int(x)
        path.append(f"value={value}")
    except ValueError as e:
        path.append(f"ValueError({e})")
    except (TypeError, ZeroDivisionError) as e:
        path.append(f"{type(e).__name__}")
    else:
        path.append("else")
    finally:
        path.append("finally")
    path.append("after")
    return path

for inp in ["42", "abc", "type", "zero", "return"]:
    print(f"{inp:>7}: " + " > ".join(process(inp)))

def nested(n):
    log = []
    try:
        try:
            log.append("inner try")
            if n == 1:
                raise KeyError("k")
            if n == 2:
                raise IndexError("i")
        except KeyError:
            log.append("inner caught KeyError")
            if n == 1:
                raise ValueError("converted")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"outer caught ValueError {e}")
    except IndexError:
        log.append("outer caught IndexError")
    finally:
        log.append("outer finally")
    return log
for n in range(3):
    print(n, nested(n))

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"fin{i}")
    return out
print(loop_with_finally())

def finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(finally_return())

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
