# SimpleQueue is the C type _queue.SimpleQueue: constructor and timeout argument errors
import queue
sq = queue.SimpleQueue()
for fn in (lambda: queue.SimpleQueue(3), lambda: sq.get(True, "x"), lambda: sq.get(timeout=[]), lambda: sq.put(1, 2, 3, 4)):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
