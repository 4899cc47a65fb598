import traceback

REGISTRY = {}

def register(name):
    def deco(func):
        if name in REGISTRY:
            raise KeyError(f"duplicate registration: {name}")
        REGISTRY[name] = func
        return func
    return deco

def logged(func):
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    return wrapper

@logged
@register("add")
def add(a, b):
    return a + b

print(add(2, 3), sorted(REGISTRY))

try:
    @logged
    @register("add")
    def add_again(a, b):
        return a + b
except KeyError:
    traceback.print_exc()

def validate(func):
    if func.__doc__ is None:
        raise TypeError(f"{func.__name__} needs a docstring")
    return func

@staticmethod
@validate
def undocumented():
    pass
