# queue.Queue/LifoQueue/PriorityQueue/SimpleQueue and collections.deque support [T] (__class_getitem__, PEP 585)
import queue
from collections import deque
for x in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue, deque):
    try:
        print(x[int])
    except TypeError as e:
        print("TypeError:", e)
