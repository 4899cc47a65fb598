# blocking put on a full queue waits for a get; blocking get on an empty queue waits for a put
import queue
import threading

q = queue.Queue(maxsize=1)
log = []
q.put("first")

def producer():
    log.append("producer: putting second")
    q.put("second")             # blocks until main takes "first"
    log.append("producer: second is in")

t = threading.Thread(target=producer)
t.start()
while not log:                  # wait until the producer is about to block
    t.join(0.005)
t.join(0.05)
print("producer finished while queue full:", not t.is_alive() and len(log) == 2)
print(q.get())
t.join()
print(log)
print(q.get())

# get(timeout) gets an item that arrives before the timeout
def late_put():
    started.wait()
    q.put("late item")
started = threading.Event()
t = threading.Thread(target=late_put)
t.start()
started.set()
print(q.get(timeout=30))
t.join()

# bounded queue with a slow consumer: order is preserved and nothing is lost
small = queue.Queue(maxsize=2)
received = []
def consume():
    while True:
        item = small.get()
        if item is None:
            return
        received.append(item)
c = threading.Thread(target=consume)
c.start()
for i in range(50):
    small.put(i)
    if small.qsize() > 2:
        print("queue grew past maxsize")
small.put(None)
c.join()
print(received == list(range(50)))
