# user-defined exceptions
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class WithCode(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return "[" + str(self.code) + "] " + self.args[0]
for exc in [AppError("plain"), NotFound("k1"), WithCode("bad", 42), AppError(), AppError(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", repr(e))
try:
    raise NotFound("x")
except NotFound as e:
    print("key attr:", e.key, isinstance(e, AppError), isinstance(e, Exception))
print(issubclass(NotFound, AppError), issubclass(WithCode, NotFound), NotFound.__mro__[-3].__name__)
class Reprd(ValueError):
    def __repr__(self):
        return "Reprd!"
try:
    raise Reprd("v")
except ValueError as e:
    print(repr(e), str(e), [e])
class NoInit(KeyError):
    pass
try:
    raise NoInit("k")
except LookupError as e:
    print(type(e).__name__, e)
try:
    raise AppError
except AppError as e:
    print(type(e).__name__, repr(str(e)), e.args)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
