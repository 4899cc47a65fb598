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
