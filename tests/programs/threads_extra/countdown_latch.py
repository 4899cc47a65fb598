# a CountDownLatch made from a Condition: the main thread waits until N workers check in
import threading

class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()

    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()

    def wait(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)

latch = CountDownLatch(5)
ready = []
ready_lock = threading.Lock()

def service(name):
    with ready_lock:
        ready.append(name)
    latch.count_down()

for name in ["db", "cache", "auth", "search", "mail"]:
    threading.Thread(target=service, args=(name,)).start()

print("latch opened:", latch.wait(timeout=5))
print("ready services:", sorted(ready))
print("count:", latch.count)

stuck = CountDownLatch(2)
stuck.count_down()
print("stuck latch opened:", stuck.wait(timeout=0.05))
print("remaining:", stuck.count)

# several waiters released at once
gate = CountDownLatch(1)
passed = []
def waiter(i):
    if gate.wait(timeout=5):
        with ready_lock:
            passed.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
gate.count_down()
for w in ws:
    w.join()
print("waiters passed:", sorted(passed))
