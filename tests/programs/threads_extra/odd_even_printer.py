# two threads take turns printing odd and even numbers, coordinated by a Condition
import threading

cond = threading.Condition()
n = [1]
LIMIT = 12

def printer(parity):
    while True:
        with cond:
            cond.wait_for(lambda: n[0] > LIMIT or n[0] % 2 == parity)
            if n[0] > LIMIT:
                cond.notify_all()
                return
            print(threading.current_thread().name, n[0])
            n[0] += 1
            cond.notify_all()

odd = threading.Thread(target=printer, args=(1,), name="odd")
even = threading.Thread(target=printer, args=(0,), name="even")
even.start(); odd.start()
odd.join(); even.join()

# three threads print A, B, C in order five times, chained by Semaphores
sems = [threading.Semaphore(1), threading.Semaphore(0), threading.Semaphore(0)]
out = []
def letter(i, ch):
    for _ in range(5):
        sems[i].acquire()
        out.append(ch)
        sems[(i + 1) % 3].release()
ts = [threading.Thread(target=letter, args=(i, ch)) for i, ch in enumerate("ABC")]
for t in reversed(ts):
    t.start()
for t in ts:
    t.join()
print("".join(out))
