# calling run() directly executes in the caller; target/args are dropped after run()
import threading

out = []
def work(a, b=0):
    out.append((threading.current_thread().name, a + b))

t = threading.Thread(target=work, args=(1,), kwargs={"b": 2}, name="never-started")
t.run()
print(out)
print(t.is_alive(), t.ident is None)
try:
    t.run()
except AttributeError as e:
    print("second run:", type(e).__name__, e, type(e.__context__).__name__)
caught = []
threading.excepthook = lambda a: caught.append((a.exc_type.__name__, str(a.exc_value), type(a.exc_value.__context__).__name__))
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(caught)
print(out, "start after run: target already deleted")

class Sub(threading.Thread):
    def run(self):
        out.append(("sub", threading.current_thread() is self))

s = Sub()
s.run()
s.start(); s.join()
print(out[-2:])
