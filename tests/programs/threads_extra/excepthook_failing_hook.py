# excepthook edge cases: SystemExit in threads, the hook's arguments, a hook that raises
import sys
import threading

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, args.thread.name, str(args.exc_value)))

threading.excepthook = hook
def exits():
    sys.exit("bye")
def raises():
    raise RuntimeError("boom")
for target, name in ((exits, "exiter"), (raises, "raiser")):
    t = threading.Thread(target=target, name=name)
    t.start(); t.join()
print("hook saw:", seen)

args_type = []
def hook2(args):
    args_type.append((type(args).__name__, len(args), args[0].__name__, args[3] is not None,
                      args.exc_value is args[1]))
threading.excepthook = hook2
t = threading.Thread(target=raises); t.start(); t.join()
print(args_type)
threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)


class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def broken_hook(args):
    raise ValueError("the hook itself failed")
threading.excepthook = broken_hook
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=raises, name="double-fault")
t.start(); t.join()
sys.stderr = sys.__stderr__
threading.excepthook = threading.__excepthook__
text = "".join(cap.parts)
print("reported hook failure:", "Exception in threading.excepthook:" in text)
print("last line:", text.strip().splitlines()[-1])
print("mentions original error:", "boom" in text)
