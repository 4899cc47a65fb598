# excepthook replaced while threads are running: each thread uses the hook current when it fails
import threading

log = []
def hook_a(args):
    log.append(("A", args.thread.name, str(args.exc_value)))
def hook_b(args):
    log.append(("B", args.thread.name, str(args.exc_value)))

go1 = threading.Event()
go2 = threading.Event()

def w1():
    go1.wait()
    raise ValueError("one")
def w2():
    go2.wait()
    raise ValueError("two")

threading.excepthook = hook_a
t1 = threading.Thread(target=w1, name="w1")
t2 = threading.Thread(target=w2, name="w2")
t1.start(); t2.start()
go1.set(); t1.join()
threading.excepthook = hook_b
go2.set(); t2.join()
threading.excepthook = threading.__excepthook__
for entry in log:
    print(entry)
print(threading.excepthook is threading.__excepthook__)
