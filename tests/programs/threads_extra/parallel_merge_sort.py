# parallel merge sort: each half is sorted in its own thread down to a depth limit
import threading

def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out

thread_count = [0]
count_lock = threading.Lock()

def psort(data, depth):
    if len(data) <= 1:
        return data
    mid = len(data) // 2
    if depth <= 0:
        return merge(psort(data[:mid], 0), psort(data[mid:], 0))
    result = {}
    def left():
        result["l"] = psort(data[:mid], depth - 1)
    t = threading.Thread(target=left)
    with count_lock:
        thread_count[0] += 1
    t.start()
    right = psort(data[mid:], depth - 1)
    t.join()
    return merge(result["l"], right)

x = 12345
data = []
for _ in range(3000):
    x = (x * 1103515245 + 12345) % (2 ** 31)
    data.append(x % 10000)
s = psort(data, 3)
print("sorted correctly:", s == sorted(data))
print("threads used:", thread_count[0])
print("first ten:", s[:10])
print("last five:", s[-5:])
