# decorators with arguments and class decorators
def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("there"))
def prefix(p):
    return lambda f: lambda *a: p + f(*a)
@prefix(">> ")
@prefix("[")
def msg(s):
    return s + "]"
print(msg("text"))
def validate(*types):
    def deco(f):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError("bad arg " + repr(a))
            return f(*args)
        return w
    return deco
@validate(int, str)
def pair(n, s):
    return s * n
print(pair(2, "ab"))
try:
    pair("2", "ab")
except TypeError as e:
    print(type(e).__name__, e)
order = []
def mark(tag):
    order.append("make " + tag)
    def d(f):
        order.append("apply " + tag)
        return f
    return d
@mark("outer")
@mark("inner")
def fn():
    pass
print(order)
