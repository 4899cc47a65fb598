import sys
import threading

def worker(code):
    sys.exit(code)

for code in (0, 2, "text"):
    t = threading.Thread(target=worker, args=(code,))
    t.start()
    t.join()
    print("thread with exit", repr(code), "done")

def raiser():
    raise KeyboardInterrupt

threading.excepthook = lambda a: print("hook saw", a.exc_type.__name__)
t = threading.Thread(target=raiser)
t.start()
t.join()
print("main exit code unaffected")
