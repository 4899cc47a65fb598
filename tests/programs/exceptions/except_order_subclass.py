# handler selection with class hierarchies
class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
def classify(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf handler"
    except Mid:
        return "Mid handler"
    except Base:
        return "Base handler"
    except Exception:
        return "Exception handler"
for exc in [Leaf(), Mid(), Base(), ValueError(), Leaf]:
    print(type(exc).__name__ if not isinstance(exc, type) else exc.__name__, "->", classify(exc))
def broad_first(exc):
    try:
        raise exc
    except Base:
        return "Base (first) catches " + type(exc).__name__
    except Leaf:
        return "unreachable"
print(broad_first(Leaf()))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("Exception does not catch KeyboardInterrupt")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("not here")
except SystemExit as e:
    print("SystemExit caught, code", e.code)
try:
    raise GeneratorExit
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
