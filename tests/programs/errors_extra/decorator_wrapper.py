# an error inside a decorator's wrapper and inside the decorated function
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@logged
def ratio(a, b):
    return a / b

ratio(6, 3)
ratio(1, 0)
