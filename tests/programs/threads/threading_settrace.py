# threading.settrace / setprofile install a hook in threads started afterwards, not in the caller
import sys
import threading

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("traced_target", "helper"):
        events.append(("trace", event, frame.f_code.co_name))
    return None                      # no local tracing

def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name in ("traced_target", "helper"):
        events.append(("profile", event, frame.f_code.co_name))

def helper():
    return 1

def traced_target():
    return helper() + 1

threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace() is None)
t = threading.Thread(target=traced_target)
t.start()
t.join()
threading.settrace(None)
print(events)

events.clear()
threading.setprofile(profiler)
print(threading.getprofile() is profiler, sys.getprofile() is None)
t = threading.Thread(target=traced_target)
t.start()
t.join()
threading.setprofile(None)
print(events)

# after clearing, new threads are not traced
events.clear()
t = threading.Thread(target=traced_target)
t.start()
t.join()
print(events, threading.gettrace(), threading.getprofile())
