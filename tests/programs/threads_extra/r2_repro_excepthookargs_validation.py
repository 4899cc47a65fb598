# threading.ExceptHookArgs is a 4-field structseq; the C _thread._excepthook takes exactly one argument
import threading
A = threading.ExceptHookArgs
for bad in ((1, 2, 3), (1, 2, 3, 4, 5), 5):
    try:
        A(bad)
        print("built", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    threading.excepthook(A((KeyError, KeyError("k"), None, None)), 1)
except TypeError as e:
    print("TypeError:", e)
