# CPython 3.11: Thread() raises RuntimeError when threading.excepthook is None
import threading
threading.excepthook = None
try:
    threading.Thread(target=print)
    print("created")
except RuntimeError as e:
    print("RuntimeError:", e)
