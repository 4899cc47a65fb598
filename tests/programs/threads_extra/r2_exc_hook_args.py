# ExceptHookArgs fields: exc_type, exc_value, exc_traceback, thread; tuple-like behaviour
import threading

captured = []
def hook(args):
    captured.append(args)

threading.excepthook = hook
def fail():
    raise OSError(2, "No such thing")

t = threading.Thread(target=fail, name="io")
t.start(); t.join()
threading.excepthook = threading.__excepthook__
a = captured[0]
print(type(a).__name__)
print(a.exc_type, a.exc_value.errno, a.exc_value.strerror, str(a.exc_value))
print(a.exc_traceback is not None)
print(a.thread is t, a.thread.name)
print(len(a))
et, ev, tb, th = a
print(et is OSError, ev is a.exc_value, th is t)
print(a[0] is OSError, a[-1] is t)
while tb.tb_next is not None:
    tb = tb.tb_next
print(tb.tb_lineno)
try:
    a.exc_type = None
except AttributeError as e:
    print("AttributeError", type(e).__name__)
