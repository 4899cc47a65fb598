# threading.Thread: target/args/kwargs/name/daemon, start, join, is_alive, ident/native_id
import threading

results = []

def work(a, b, sep="-"):
    results.append(f"{a}{sep}{b} in {threading.current_thread().name}")

t = threading.Thread(target=work, args=(1, 2), kwargs={"sep": "+"}, name="adder")
print(t.name, t.daemon, t.is_alive())
print(t.ident, t.native_id)
t.start()
t.join()
print(results)
print(t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))
print(t.ident != threading.get_ident())

d = threading.Thread(target=work, args=("x", "y"), daemon=True, name="d1")
print(d.daemon)
d.start()
d.join()
print(results[-1])

# daemon can be changed before start; name can be changed any time
e = threading.Thread(target=work, args=(3, 4))
e.daemon = True
e.name = "renamed"
print(e.daemon, e.name)
e.start()
e.join()
print(results[-1])
e.name = "after"
print(e.name)

# no target: run() does nothing
n = threading.Thread(name="empty")
n.start()
n.join()
print(n.is_alive())

# a thread created inside a daemon thread is a daemon by default
inherited = []
def spawner():
    inner = threading.Thread(target=lambda: None)
    inherited.append(inner.daemon)
    inner.start()
    inner.join()
s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
print("inherited daemon:", inherited)
print("main daemon:", threading.main_thread().daemon)
