# repr(Thread) through its life: initial, started, stopped (the ident is cut off before printing)
import threading

def strip_ident(r):
    parts = r.rstrip(")>").split(" ")
    if parts[-1].isdigit():
        parts = parts[:-1]
    return " ".join(parts) + ")>"

go = threading.Event()
t = threading.Thread(target=go.wait, name="life")
d = threading.Thread(target=go.wait, name="ghost", daemon=True)
print(repr(t), repr(d))
t.start(); d.start()
print(strip_ident(repr(t)), strip_ident(repr(d)))
go.set()
t.join(); d.join()
print(strip_ident(repr(t)), strip_ident(repr(d)))
print(strip_ident(repr(threading.main_thread())))
tm = threading.Timer(10, print)
print(repr(tm))
print(str(t) == repr(t))
print("class name in repr:", repr(tm).startswith("<Timer("))

class Job(threading.Thread):
    pass
j = Job(name="custom-job")
print(repr(j))
