import inspect
import os


def where():
    info = inspect.stack()[1]
    return info.function, info.lineno, os.path.basename(info.filename), info.code_context[0].strip(), info.index


def caller_name():
    return inspect.stack()[1][3]


def outer():
    return where()


def a():
    return b()


def b():
    return [f.function for f in inspect.stack()][:3]


print(where())
print(outer())
print(caller_name(), (lambda: caller_name())())
print(a())
fi = inspect.getframeinfo(inspect.currentframe())
print(os.path.basename(fi.filename), fi.lineno, fi.function, fi.code_context, fi.index, len(fi))
fi = inspect.getframeinfo(inspect.currentframe(), context=3)
print(fi.lineno, [l.strip() for l in fi.code_context], fi.index)
fi = inspect.getframeinfo(inspect.currentframe(), context=0)
print(fi.code_context, fi.index)
st = inspect.stack()
print(len(st) >= 1, st[0].function, st[0][0] is st[0].frame)

def fail():
    raise ValueError('x')

try:
    fail()
except ValueError:
    frames = inspect.trace()
    print([(f.function, f.code_context[0].strip()) for f in frames])
