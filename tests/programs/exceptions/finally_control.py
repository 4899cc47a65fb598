# finally with break, continue and return
def f1():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(f1())
def f2():
    while True:
        try:
            return "from try"
        finally:
            print("cleanup before return")
print(f2())
def f3():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            print("f3 finally", i)
    return "f3 done"
print(f3())
def f4():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f4())
def f5():
    result = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise KeyError(i)
            finally:
                result.append("inner" + str(i))
        except KeyError:
            result.append("caught" + str(i))
    return result
print(f5())
def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "unreached"
print(f6())
