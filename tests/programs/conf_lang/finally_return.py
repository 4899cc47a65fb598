def f1():
    try:
        return "try"
    finally:
        print("finally runs")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f4():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

def f6():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        return "handled"
    finally:
        print("outer finally")

def f7():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else runs")
        return "from else"
    finally:
        print("finally after else")

print(f1()); print(f2()); print(f3()); print(f4()); print(f5()); print(f6()); print(f7())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen():
    print(v)
    break
print("after loop")

e_ref = None
try:
    raise ValueError("x")
except ValueError as e:
    e_ref = e
try:
    e
except NameError as ne:
    print("NameError:", ne)
print(repr(e_ref))

def raising_finally():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("from finally")
raising_finally()
