# counter += 1 from 4 threads in a plain for loop: CPython 3.11 only switches at backward jumps/calls
import threading

counter = 0
def work():
    global counter
    for _ in range(200000):
        counter += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)

class Box:
    n = 0
box = Box()
def work2():
    for _ in range(100000):
        box.n += 1
ts = [threading.Thread(target=work2) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(box.n)
d = {"k": 0}
def work3():
    for _ in range(100000):
        d["k"] += 1
ts = [threading.Thread(target=work3) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(d["k"])
