import threading

out = {}
lock = threading.Lock()

def task(a, b, *rest, scale=1, label="x"):
    value = (a + b + sum(rest)) * scale
    with lock:
        out[label] = value

threads = [
    threading.Thread(target=task, args=(1, 2)),
    threading.Thread(target=task, args=(1, 2, 3, 4), kwargs={"label": "y"}),
    threading.Thread(target=task, args=(5, 5), kwargs={"scale": 10, "label": "z"}),
    threading.Thread(target=task, kwargs={"a": 7, "b": 8, "label": "w"}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(out):
    print(k, out[k])

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)

threading.excepthook = hook
t = threading.Thread(target=task, args=(1,), name="short")
t.start()
t.join()
print("missing arg thread finished, out size", len(out))
