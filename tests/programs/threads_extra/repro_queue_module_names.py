# CPython 3.11: queue.Empty and queue.SimpleQueue come from the C module _queue; ExceptHookArgs from _thread
import queue, threading
print(queue.Empty, queue.SimpleQueue, queue.Empty.__module__, queue.SimpleQueue.__module__)
print(threading.ExceptHookArgs)
try:
    queue.Queue().get_nowait()
except Exception as e:
    print(type(e))
