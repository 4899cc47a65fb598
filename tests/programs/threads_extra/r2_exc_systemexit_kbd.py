# SystemExit in a thread is silent; KeyboardInterrupt and GeneratorExit go to the excepthook
import sys
import threading

seen = []
def hook(args):
    seen.append((args.thread.name, args.exc_type.__name__, repr(args.exc_value)))

threading.excepthook = hook

def exit3():
    sys.exit(3)

def exit_str():
    raise SystemExit("goodbye")

def kbd():
    raise KeyboardInterrupt

def genexit():
    raise GeneratorExit("gen")

def baseexc():
    raise BaseException("base", 2)

for fn in (exit3, exit_str, kbd, genexit, baseexc):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()
    print(fn.__name__, "alive:", t.is_alive())
for s in seen:
    print(s)
print("main still running")
