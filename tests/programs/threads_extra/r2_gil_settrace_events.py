# settrace inside a thread: events and function names seen by the trace function
import sys
import threading

events = []
def tracer(frame, event, arg):
    events.append((frame.f_code.co_name, event))
    return tracer

def inner(x):
    return x * 2
def gen():
    yield 1
    yield 2
def boom():
    raise ValueError("x")
def traced():
    sys.settrace(tracer)
    inner(3)
    list(gen())
    try:
        boom()
    except ValueError:
        pass
    sys.settrace(None)

t = threading.Thread(target=traced)
t.start(); t.join()
for e in events:
    print(e)
print(sys.gettrace())
