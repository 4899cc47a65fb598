class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg

    def __str__(self):
        return f"[{self.code}] {self.msg}"


class NotFound(AppError):
    pass


try:
    raise NotFound(404, "missing page")
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e))


class Plain(Exception):
    pass

print(repr(Plain()), repr(Plain("a")), repr(Plain("a", 2)))
print(str(Plain()), str(Plain("a")), str(Plain("a", 2)))


class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"

print(repr(WithRepr("x")), str(WithRepr("x")))

e = KeyError("k")
print(str(e), repr(e))
print(str(KeyError()), str(KeyError(1, 2)))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)


class Custom(Exception):
    def __init__(self, value):
        self.value = value

c = Custom(3)
print(c.args, str(c), repr(c))

class CodeError(AppError):
    pass

raise CodeError(500, "server exploded")
