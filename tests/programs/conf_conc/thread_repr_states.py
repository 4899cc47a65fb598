import threading
import re

def clean(r):
    return re.sub(r" \d+", " N", r)

ev = threading.Event()
t = threading.Thread(target=ev.wait, name="Alpha")
print(clean(repr(t)))
d = threading.Thread(target=ev.wait, name="Beta", daemon=True)
print(clean(repr(d)))
t.start()
d.start()
print(clean(repr(t)))
print(clean(repr(d)))
ev.set()
t.join()
d.join()
print(clean(repr(t)))
print(clean(repr(d)))
print(clean(repr(threading.main_thread())))
class Custom(threading.Thread):
    pass
c = Custom()
print(clean(repr(c)).replace(c.name, "NAME"), c.name.startswith("Thread-"), "(Custom)" in c.name)
def f():
    pass
tf = threading.Thread(target=f)
print("(f)" in tf.name)
