# threading.settrace installs a trace function in every thread started afterwards
import sys
import threading

calls = []
lock = threading.Lock()

def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_filename == __file__:
        with lock:
            calls.append((threading.current_thread().name, frame.f_code.co_name))
    return None

def helper(x):
    return x * 2

def job():
    return helper(3) + helper(4)

threading.settrace(tracer)
print("gettrace in main unchanged:", sys.gettrace() is None)
print("threading.gettrace:", threading.gettrace() is tracer)
ts = [threading.Thread(target=job, name="traced-%d" % i) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.settrace(None)
u = threading.Thread(target=job, name="untraced")
u.start(); u.join()
for c in sorted(calls):
    print(c)

line_events = []
def line_tracer(frame, event, arg):
    if frame.f_code.co_name == "looped":
        line_events.append(event)
        return line_tracer
    return None
def looped():
    s = 0
    for i in range(2):
        s += i
    return s
threading.settrace(line_tracer)
w = threading.Thread(target=looped)
w.start(); w.join()
threading.settrace(None)
print(line_events)
