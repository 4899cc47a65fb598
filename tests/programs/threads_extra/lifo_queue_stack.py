# LifoQueue behaves like a stack: an undo history shared by threads
import threading
import queue

history = queue.LifoQueue()
for action in ["type a", "type b", "bold", "delete"]:
    history.put(action)
print("undo order:", [history.get() for _ in range(4)])
print("empty:", history.empty())

stack = queue.LifoQueue(maxsize=3)
stack.put(1); stack.put(2); stack.put(3)
print("full:", stack.full())
try:
    stack.put_nowait(4)
except queue.Full:
    print("Full raised on put_nowait")
popped = []
def popper():
    popped.append(stack.get(timeout=1))
def pusher():
    stack.put(99, timeout=1)
p = threading.Thread(target=popper)
p.start(); p.join()
q = threading.Thread(target=pusher)
q.start(); q.join()
print("popped:", popped)
print("remaining:", [stack.get() for _ in range(stack.qsize())])

shared = queue.LifoQueue()
def fill(k):
    for i in range(100):
        shared.put((k, i))
fs = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for f in fs:
    f.start()
for f in fs:
    f.join()
items = []
while not shared.empty():
    items.append(shared.get_nowait())
print("items", len(items))
print("per-thread reverse order:", all([i for kk, i in items if kk == k] == list(range(99, -1, -1)) for k in range(4)))
