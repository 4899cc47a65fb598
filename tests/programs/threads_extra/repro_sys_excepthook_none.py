import sys
import threading
sys.excepthook = None
try:
    threading.Thread(target=print)
    print("created")
except RuntimeError as e:
    print("RuntimeError:", e)
