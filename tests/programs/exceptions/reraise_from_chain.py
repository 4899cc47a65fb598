# re-raising, raise ... from ..., exception chaining attributes
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port

for t in ["8080", "http", "70000"]:
    try:
        print("port", parse_port(t))
    except ConfigError as e:
        cause = e.__cause__
        print("ConfigError:", e, "| cause:", type(cause).__name__ if cause else None,
              "| suppress:", e.__suppress_context__)
        if cause:
            print("   cause message:", cause)

def load(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"missing setting {key}")

try:
    load({}, "host")
except LookupError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

def hide():
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("clean") from None
try:
    hide()
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def log_and_reraise(fn):
    try:
        fn()
    except Exception as e:
        print("logged:", type(e).__name__, e)
        raise

for f in (lambda: [][0], lambda: None.foo, lambda: "ok"):
    try:
        log_and_reraise(f)
        print("no error")
    except (IndexError, AttributeError) as e:
        print("re-raised", type(e).__name__)

def chain3():
    try:
        try:
            raise ValueError("level1")
        except ValueError as e1:
            raise TypeError("level2") from e1
    except TypeError as e2:
        raise KeyError("level3") from e2
try:
    chain3()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(chain))
err = ValueError("manual")
err2 = TypeError("wrapper")
try:
    raise err2 from err
except TypeError as e:
    print(e.__cause__ is err, e.__context__)
