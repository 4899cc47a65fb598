# ways of passing arguments to threads: args tuple, list, kwargs, bound methods, lambdas, run()
import threading

out = []
lock = threading.Lock()

def record(*args, **kwargs):
    with lock:
        out.append((args, tuple(sorted(kwargs.items()))))

class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, who):
        record(self.greeting + ", " + who)

ts = [
    threading.Thread(target=record, args=(1, 2)),
    threading.Thread(target=record, args=[3]),
    threading.Thread(target=record, args="xy"),
    threading.Thread(target=record, kwargs={"k": 5}),
    threading.Thread(target=record, args=(6,), kwargs={"a": 1, "b": 2}),
    threading.Thread(target=Greeter("hi").greet, args=("bob",)),
    threading.Thread(target=lambda: record("lambda")),
    threading.Thread(target=record, args=range(3)),
]
for t in ts:
    t.start()
for t in ts:
    t.join()
for item in sorted(out, key=repr):
    print(item)

out.clear()
direct = threading.Thread(target=record, args=("direct",))
direct.run()
print("run() in caller:", out, "thread alive:", direct.is_alive())
try:
    direct.run()
except AttributeError as e:
    print("second run() fails:", e)
print("second run() has nothing to do:", out)
print(repr(threading.Thread(target=record, name="shown")))
none_target = threading.Thread()
none_target.start(); none_target.join()
print("no target is fine:", none_target.is_alive())
