# comparing mixed types inside heapq and sorted: the error comes from inside the library call
import heapq
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
print(heapq.heappop(tasks))
try:
    sorted([3, "1", 2])
except TypeError as e:
    print("caught:", e)
heapq.heappush(tasks, (2, None))
