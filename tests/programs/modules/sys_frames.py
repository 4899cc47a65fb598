# frame objects: f_code, f_lineno, f_back chain, f_locals snapshots, f_trace, errors
import sys

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def a():
    return b()
def b():
    return chain()
print(a())

def locals_demo(x, y=2):
    z = x + y
    f = sys._getframe()
    before = dict(f.f_locals)
    w = 10
    after = dict(f.f_locals)
    return sorted(before), sorted(after), f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True
print(locals_demo(1))

def g():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_lineno
it = g()
print(next(it), next(it))

f = sys._getframe()
print(f.f_code.co_name, f.f_back, type(f).__name__, f.f_trace, f.f_trace_lines)
for bad in ("f_code", "f_back", "f_locals", "f_globals"):
    try:
        setattr(f, bad, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)
print(sys._getframe(0) is sys._getframe())

# a trace function that stops local tracing by returning None from a line event
seen = []
def tracer(frame, event, arg):
    if frame.f_code.co_name != "work":
        return None
    seen.append((event, frame.f_lineno))
    if event == "line" and len(seen) >= 3:
        return None
    return tracer
def work():
    a = 1
    b = 2
    c = 3
    return a + b + c
sys.settrace(tracer)
work()
sys.settrace(None)
print(seen)

# a trace function that raises is removed, and its exception propagates
def bad_tracer(frame, event, arg):
    raise RuntimeError("tracer failed")
def victim():
    return 1
sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print("RuntimeError:", e, sys.gettrace())
