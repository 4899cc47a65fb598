# the builtin exception hierarchy through __subclasses__(), as a class exercise prints it
def tree(cls, depth=0):
    print("    " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        # library modules add their own exceptions, which differ between interpreters
        if sub.__module__ == "builtins":
            tree(sub, depth + 1)


tree(BaseException)


class AppError(Exception):
    pass


class RetryableError(AppError, ConnectionError):
    pass


print([c.__name__ for c in AppError.__subclasses__()])
print(RetryableError in ConnectionError.__subclasses__(), RetryableError in OSError.__subclasses__())
print(len(ArithmeticError.__subclasses__()), ZeroDivisionError.__subclasses__())
