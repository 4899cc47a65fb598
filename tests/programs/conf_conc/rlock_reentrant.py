import threading

r = threading.RLock()

def depth(n):
    with r:
        if n == 0:
            return 0
        return 1 + depth(n - 1)

print(depth(5))
r.acquire()
r.acquire()
print("acquired twice")
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

result = []
r.acquire()
def other():
    result.append(r.acquire(blocking=False))
t = threading.Thread(target=other)
t.start(); t.join()
print("other thread got it:", result)

def other_release():
    try:
        r.release()
    except RuntimeError as e:
        result.append(str(e))
t = threading.Thread(target=other_release)
t.start(); t.join()
print(result[-1])
r.release()
t = threading.Thread(target=other)
t.start(); t.join()
print("after release:", result[-1])
