# daemon flags: inherited from the creating thread, settable before start, not after
import threading

print("main is daemon:", threading.current_thread().daemon)
t = threading.Thread(target=lambda: None)
print("default daemon:", t.daemon)
d = threading.Thread(target=lambda: None, daemon=True)
print("explicit daemon:", d.daemon)

inherited = []
def spawn_child():
    child = threading.Thread(target=lambda: None)
    inherited.append(child.daemon)
    override = threading.Thread(target=lambda: None, daemon=False)
    inherited.append(override.daemon)

parent = threading.Thread(target=spawn_child, daemon=True)
parent.start(); parent.join()
print("child of daemon inherits:", inherited)

t.daemon = True
print("after setting daemon:", t.daemon)
t.start(); t.join()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(threading.Thread(name="worker")))
print(repr(threading.Thread(name="bg", daemon=True)))

# a daemon thread still blocked at exit does not keep the program alive
block = threading.Event()
bg = threading.Thread(target=block.wait, daemon=True, name="forever")
bg.start()
print("daemon alive at end:", bg.is_alive())
print("main exiting")
