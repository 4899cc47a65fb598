class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class ConfigError(AppError):
    pass

def load(key, conf):
    try:
        return int(conf[key])
    except KeyError as e:
        raise ConfigError(f"missing key {key}", code=2) from e
    except ValueError:
        raise ConfigError(f"bad value for {key}")

conf = {"port": "80x", "host": "h"}
for key in ["port", "timeout"]:
    try:
        load(key, conf)
    except AppError as e:
        print(type(e).__name__, e, repr(e))
        print(" cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def cleanup_demo():
    try:
        return "try"
    finally:
        print("finally runs")
print(cleanup_demo())

def override():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"
print(override())

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("values:", eg.exceptions)
except* TypeError as eg:
    print("types:", eg.exceptions)

e = AppError("x", 5)
print(e.args, str(e), e.code)
err = None
try:
    {}["nope"]
except LookupError as err2:
    err = err2
print(repr(err), err.args)
try:
    raise AppError("final", 3)
except AppError as e:
    try:
        raise ConfigError("during handling") from e
    except ConfigError as inner:
        print(inner.__cause__ is e, inner.__context__ is e)

def f():
    try:
        int("abc")
    except ValueError as e:
        raise ConfigError("could not parse", code=7) from e
f()
