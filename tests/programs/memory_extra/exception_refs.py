# Exception objects: when are they freed, and how many references does a handler hold?
import sys, gc
class MyErr(Exception):
    def __init__(self, tag):
        super().__init__(tag)
        self.tag = tag
    def __del__(self):
        print("exception object", self.tag, "freed")
def raiser(tag):
    raise MyErr(tag)
print("-- plain")
try:
    raiser("a")
except MyErr as e:
    print("caught", e.tag, "rc", sys.getrefcount(e))
print("after a")
print("-- chained")
try:
    try:
        raiser("inner")
    except MyErr:
        raiser("outer")
except MyErr as e:
    print("caught", e.tag, "context", e.__context__.tag)
print("after chained")
print("-- from")
try:
    try:
        raiser("cause")
    except MyErr as c:
        raise MyErr("effect") from c
except MyErr as e:
    print("cause:", e.__cause__.tag, "suppress:", e.__suppress_context__)
print("after from")
print("-- nested handlers see both")
try:
    raiser("x")
except MyErr as e1:
    try:
        raiser("y")
    except MyErr as e2:
        print("inner handler", e2.tag, "context", e2.__context__ is e1)
    print("between")
print("after nested")
print("-- sys.exc_info keeps it in a local")
def keep():
    try:
        raiser("kept")
    except MyErr:
        info = sys.exc_info()
    return info[1].tag
print("returned", keep())
print("collect", gc.collect() > 0)
print("-- exception stored in list")
errors = []
for i in range(2):
    try:
        raiser("L%d" % i)
    except MyErr as e:
        errors.append(e)
print("stored", [e.tag for e in errors])
errors.clear()
print("cleared")
gc.collect()
print("end")
def r3():
    e = ValueError("w")
    try:
        raise e
    finally:
        pass
try:
    r3()
except ValueError as e:
    print("raised with finally", sys.getrefcount(e))
    print("frame local e:", e.__traceback__.tb_next.tb_frame.f_locals["e"] is e)
def r4():
    e = ValueError("w")
    raise e
try:
    r4()
except ValueError as e:
    print("raised local, no finally", sys.getrefcount(e))
def r5():
    try:
        raise ValueError("v")
    finally:
        pass
try:
    r5()
except ValueError as e:
    print("raise in try/finally", sys.getrefcount(e))
try:
    raise ValueError("y")
except ValueError:
    print("no as", sys.getrefcount(sys.exc_info()[1]))
try:
    raise ValueError("y")
except ValueError as e:
    print("as", sys.getrefcount(e))
try:
    raise ValueError("y")
except (TypeError, ValueError) as e:
    print("tuple", sys.getrefcount(e))
try:
    raise ValueError("y")
except Exception as e:
    x = e
    print("copied", sys.getrefcount(e))
try:
    raise ValueError("y")
except ValueError as e:
    try:
        pass
    finally:
        print("finally in handler", sys.getrefcount(e))
