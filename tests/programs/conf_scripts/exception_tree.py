class AppError(Exception):
    """Base for the app."""

class NetworkError(AppError):
    pass

class TimeoutError_(NetworkError):
    pass

class DNSError(NetworkError):
    pass

class StorageError(AppError):
    pass

class DiskFull(StorageError, OSError):
    pass

def tree(cls, indent=0, max_depth=3):
    print("    " * indent + cls.__name__ + (f"  -- {cls.__doc__}" if cls.__doc__ and cls.__module__ == "__main__" else ""))
    if indent < max_depth:
        for sub in cls.__subclasses__():
            tree(sub, indent + 1, max_depth)

tree(AppError)
tree(ArithmeticError)
print([c.__name__ for c in DiskFull.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__], FileNotFoundError.__bases__, bool.__bases__)
errors = [DNSError("no host"), DiskFull(28, "No space"), TimeoutError_("slow"), ValueError("v")]
for err in errors:
    kinds = [k.__name__ for k in (NetworkError, StorageError, OSError, AppError) if isinstance(err, k)]
    print(type(err).__name__, str(err), kinds)
for err in errors:
    try:
        raise err
    except NetworkError as e:
        print("network:", e)
    except OSError as e:
        print("os:", e.errno, e.strerror)
    except Exception as e:
        print("other:", repr(e))
print(issubclass(DiskFull, OSError), issubclass(bool, int), issubclass(KeyError, LookupError), issubclass(TimeoutError, OSError))
