# a custom threading.excepthook collects failures from worker threads instead of printing
import threading

failures = []
hook_lock = threading.Lock()

def last_line(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno

def collecting_hook(args):
    with hook_lock:
        failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value),
                         args.exc_traceback is not None, last_line(args.exc_traceback)))

threading.excepthook = collecting_hook

def parse(text):
    return int(text)

def divide(a, b):
    return a / b

def lookup(d, key):
    return d[key]

tasks = [
    ("parse-ok", parse, ("12",)),
    ("parse-bad", parse, ("twelve",)),
    ("divide-zero", divide, (1, 0)),
    ("lookup-missing", lookup, ({"a": 1}, "b")),
    ("fine", divide, (6, 3)),
]
ts = [threading.Thread(target=f, args=a, name=n) for n, f, a in tasks]
for t in ts:
    t.start()
for t in ts:
    t.join()
for f in sorted(failures):
    print(f)
print("failures:", len(failures))
print("hook is ours:", threading.excepthook is collecting_hook)
print("original saved:", threading.__excepthook__ is not collecting_hook)

