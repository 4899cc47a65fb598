# GIL lecture: printing current_thread().name from workers, sorted output
import threading

names = []
lock = threading.Lock()
def w():
    ct = threading.current_thread()
    with lock:
        names.append((ct.name, ct is threading.main_thread(), ct.daemon))

ts = [threading.Thread(target=w) for _ in range(3)]
ts += [threading.Thread(target=w, name=f"custom-{i}") for i in range(3)]
ts += [threading.Thread(target=w, daemon=True, name="d")]
for t in ts: t.start()
for t in ts: t.join()
for n in sorted(names):
    print(n)
print(threading.current_thread().name, threading.main_thread().name)
print(threading.active_count(), len(threading.enumerate()))
class Named(threading.Thread):
    def run(self):
        print("in", self.name, threading.current_thread() is self)
n = Named(); n.start(); n.join()
print(n.name)
