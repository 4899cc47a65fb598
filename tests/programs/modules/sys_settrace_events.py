# sys.settrace and sys.setprofile events (call, line, return, exception) and sys._getframe
import sys
events = []
def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, repr(arg) if event == "return" else None))
    return tracer

def helper(n):
    total = 0
    for i in range(n):
        total += i
    return total

def gen():
    yield 1
    yield 2

def boom():
    raise ValueError("x")

def main():
    helper(2)
    for v in gen():
        pass
    try:
        boom()
    except ValueError:
        pass
    return "done"

sys.settrace(tracer)
main()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())

prof = []
def profiler(frame, event, arg):
    if event in ("call", "return"):
        prof.append((event, frame.f_code.co_name))
sys.setprofile(profiler)
helper(3)
sys.setprofile(None)
print(prof)

def outer():
    return inner()
def inner():
    f = sys._getframe()
    return (f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name, f.f_lineno, sorted(f.f_locals))
print(outer())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError", e)
def keep():
    x = 5
    return sys._getframe()
fr = keep()
print(fr.f_locals, fr.f_back.f_code.co_name, fr.f_code.co_name, fr.f_lineno)
