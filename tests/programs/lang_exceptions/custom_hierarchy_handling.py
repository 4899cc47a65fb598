# A realistic custom exception hierarchy: retry logic, error translation, handler ordering.
class AppError(Exception):
    """Base for application errors."""

    def __init__(self, message, *, code=None):
        super().__init__(message)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"{base} (code={self.code})" if self.code is not None else base


class NetworkError(AppError):
    pass


class TimeoutError_(NetworkError):
    retryable = True


class ProtocolError(NetworkError):
    retryable = False


class ValidationError(AppError, ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", code=422)
        self.field = field


attempts = {"n": 0}


def flaky(fail_times, exc_type):
    attempts["n"] += 1
    if attempts["n"] <= fail_times:
        raise exc_type(f"attempt {attempts['n']} failed", code=attempts["n"])
    return "success after %d" % attempts["n"]


def retry(fn, *args, tries=3):
    last = None
    for i in range(tries):
        try:
            return fn(*args)
        except NetworkError as e:
            last = e
            if not getattr(e, "retryable", False):
                print("  giving up on", type(e).__name__)
                raise
            print("  retrying after:", e)
    raise AppError("all retries failed", code=503) from last


print(retry(flaky, 2, TimeoutError_))
attempts["n"] = 0
try:
    retry(flaky, 5, TimeoutError_)
except AppError as e:
    print("final:", e, "| cause:", e.__cause__)
attempts["n"] = 0
try:
    retry(flaky, 1, ProtocolError)
except ProtocolError as e:
    print("protocol:", e)


def validate(record):
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", "must be an integer")
    return record


for rec in ({"age": 3}, {"age": "x"}):
    try:
        print(validate(rec))
    except ValueError as e:
        print("as ValueError:", e, type(e).__mro__[1].__name__, e.field, e.code)

print([c.__name__ for c in ValidationError.__mro__])
print(AppError.__doc__, issubclass(TimeoutError_, AppError), isinstance(ValidationError("f", "p"), AppError))


def translate(fn):
    def wrapper(*a):
        try:
            return fn(*a)
        except (KeyError, IndexError) as e:
            raise AppError(f"lookup failed: {e!r}", code=404) from e
    return wrapper


@translate
def get(container, key):
    return container[key]


for c, k in (({"a": 1}, "a"), ({}, "b"), ([], 0)):
    try:
        print(get(c, k))
    except AppError as e:
        print(e, "<-", type(e.__cause__).__name__)

handlers = [(ProtocolError, "protocol"), (NetworkError, "network"), (AppError, "app")]
for exc in (ProtocolError("p"), TimeoutError_("t"), AppError("a"), ValidationError("x", "y")):
    for cls, name in handlers:
        if isinstance(exc, cls):
            print(type(exc).__name__, "handled by", name)
            break
