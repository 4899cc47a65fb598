# try / except / else / finally flow
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("fail")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def ret_in_finally():
    try:
        return "from try"
    finally:
        print("finally executed before return")
print(ret_in_finally())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise TypeError("from else")
try:
    else_raises()
except TypeError as e:
    print(type(e).__name__, e)
def value_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_in_finally())
try:
    pass
finally:
    print("try/finally without except")
