class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number: {text!r}") from e

def load(items):
    out = []
    for it in items:
        out.append(parse(it))
    return out

print(load(["1", "2"]))
try:
    load(["x"])
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print("context:", repr(e.__context__), e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print("suppressed:", e.__suppress_context__, repr(e.__context__))

def level3():
    try:
        [][1]
    except IndexError:
        raise KeyError("lookup failed")

def level2():
    try:
        level3()
    except KeyError as e:
        raise RuntimeError("level2 failed") from e

def level1():
    level2()

level1()
