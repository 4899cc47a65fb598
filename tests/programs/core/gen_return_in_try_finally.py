# generators with return inside try/finally, close(), and finally ordering
def g1():
    try:
        yield 1
        return "done"
    finally:
        print("g1 finally")
it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value", e.value)
def g2():
    try:
        yield "a"
        yield "b"
    finally:
        print("g2 cleanup")
it = g2()
print(next(it))
it.close()
print("closed", list(it))
def g3():
    try:
        yield 1
    finally:
        return "from finally"
it = g3()
next(it)
it.close()
print("close with return in finally ok")
def g4():
    for i in range(10):
        try:
            if i == 2:
                return i
            yield i
        finally:
            print("g4 finally", i)
print(list(g4()))
def g5():
    try:
        yield 1
    except GeneratorExit:
        print("g5 saw GeneratorExit")
        raise
    finally:
        print("g5 finally")
it = g5()
next(it)
it.close()
it.close()
def g6():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
it = g6()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
def g7():
    try:
        yield 1
    finally:
        print("g7 finally on break")
for v in g7():
    print("got", v)
    break
print("after break")
def g8():
    x = yield
    try:
        return x * 2
    finally:
        print("g8 finally")
it = g8()
next(it)
try:
    it.send(21)
except StopIteration as e:
    print("returned", e.value, e.args)
