# threading.settrace/setprofile apply to threads started afterwards; gettrace/getprofile report them
import sys
import threading

events = []
lock = threading.Lock()
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("job", "helper"):
        with lock:
            events.append(("trace", frame.f_code.co_name, event))
    return tracer
def profiler(frame, event, arg):
    if event.startswith("c_"):
        return
    if frame.f_code.co_name in ("job", "helper"):
        with lock:
            events.append(("prof", frame.f_code.co_name, event))
def helper():
    return len([1, 2])
def job():
    x = helper()
    return sorted([x])

threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=job); t.start(); t.join()
threading.settrace(None)
threading.setprofile(profiler)
print(threading.getprofile() is profiler, sys.getprofile())
t = threading.Thread(target=job); t.start(); t.join()
threading.setprofile(None)
for e in events:
    print(e)
t = threading.Thread(target=job); t.start(); t.join()
print(len(events))
