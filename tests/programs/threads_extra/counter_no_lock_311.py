# in CPython 3.11 "counter += 1" in a loop with no calls is not interrupted mid-update
import threading

counter = 0

def increment(n):
    global counter
    for _ in range(n):
        counter += 1

ts = [threading.Thread(target=increment, args=(100000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("global counter:", counter)

class Box:
    def __init__(self):
        self.value = 0
box = Box()
def bump(n):
    for _ in range(n):
        box.value += 1
ts = [threading.Thread(target=bump, args=(50000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("attribute counter:", box.value)

d = {"hits": 0}
def hit(n):
    for _ in range(n):
        d["hits"] += 1
ts = [threading.Thread(target=hit, args=(50000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("dict counter:", d["hits"])
