# a generator created in one thread and resumed in another reads the resuming thread's local values
import threading

loc = threading.local()
loc.v = "main"
def gen():
    while True:
        yield getattr(loc, "v", "<unset>")
g = gen()
print(next(g))
out = []
def other(tag):
    loc.v = tag
    out.append(next(g))
for tag in ("t1", "t2"):
    t = threading.Thread(target=other, args=(tag,))
    t.start(); t.join()
def unset():
    out.append(next(g))
t = threading.Thread(target=unset); t.start(); t.join()
print(out, next(g))
def cur():
    while True:
        yield threading.current_thread().name
c = cur()
names = [next(c)]
t = threading.Thread(target=lambda: names.append(next(c)), name="resumer"); t.start(); t.join()
print(names)
