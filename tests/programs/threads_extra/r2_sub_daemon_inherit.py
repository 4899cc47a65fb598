# daemon=None inherits from the creating thread; explicit values override
import threading

res = {}
def child_maker(key):
    c1 = threading.Thread(target=lambda: None)
    c2 = threading.Thread(target=lambda: None, daemon=False)
    c3 = threading.Thread(target=lambda: None, daemon=None)
    c4 = threading.Thread(target=lambda: None, daemon=0)
    res[key] = (c1.daemon, c2.daemon, c3.daemon, c4.daemon)
    for c in (c1, c2, c3, c4):
        c.start(); c.join()

d = threading.Thread(target=child_maker, args=("from_daemon",), daemon=True)
d.start(); d.join()
n = threading.Thread(target=child_maker, args=("from_normal",))
n.start(); n.join()
for k in sorted(res):
    print(k, res[k])
print(threading.main_thread().daemon)

t = threading.Thread(target=lambda: None, daemon=1)
print(t.daemon, type(t.daemon).__name__)
t.daemon = ""
print(t.daemon, type(t.daemon).__name__)
t.daemon = [1]
print(t.daemon)
t.start(); t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
