# docs-style: threading.local gives per-thread attributes
import threading

data = threading.local()
data.x = "main"
out = []
lock = threading.Lock()
def show(v):
    has = hasattr(data, "x")
    data.x = v
    with lock:
        out.append((v, has, data.x))

ts = [threading.Thread(target=show, args=(f"w{i}",)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
print(data.x)
class MyLocal(threading.local):
    def __init__(self, color="red"):
        self.color = color
        self.items = []
ml = MyLocal("blue")
def use():
    with lock:
        out.append(("ml", ml.color, ml.items))
t = threading.Thread(target=use); t.start(); t.join()
print(out[-1], ml.color)
