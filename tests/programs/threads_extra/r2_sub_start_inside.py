# start()/join() on self from inside run(), and threads that start further threads
import threading

results = []
lock = threading.Lock()

class Selfish(threading.Thread):
    def run(self):
        for op in ("start", "join"):
            try:
                getattr(self, op)()
            except RuntimeError as e:
                with lock:
                    results.append((op, str(e)))

s = Selfish()
s.start(); s.join()
for r in results:
    print(r)

tree = []
def spawn(depth, label):
    with lock:
        tree.append(label)
    if depth == 0:
        return
    kids = [threading.Thread(target=spawn, args=(depth - 1, label + str(i))) for i in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()

spawn(3, "r")
print(len(tree), sorted(tree))
print(threading.active_count())
