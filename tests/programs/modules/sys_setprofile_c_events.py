# sys.setprofile must report c_call/c_return events (arg = the builtin) for calls to C functions
import sys
def profiler(frame, event, arg):
    if event.startswith("c_"):
        print(event, arg.__name__)
def f():
    len([1])
    sorted([2, 1])
    min(1, 2)
    [1].append(2)
sys.setprofile(profiler)
f()
sys.setprofile(None)
def bad():
    sys.setprofile(5)       # the c_return of setprofile itself calls 5
try:
    bad()
except TypeError as e:
    print("TypeError:", e, sys.getprofile())
seen = []
def prof(frame, event, arg):
    if event == "c_exception":
        seen.append((event, arg.__name__, frame.f_code.co_name))
def g():
    try:
        int("x")
    except ValueError:
        pass
sys.setprofile(prof)
g()
sys.setprofile(None)
print(seen)
