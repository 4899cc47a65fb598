# a forked child draws other random numbers than its parent (random reseeds after fork),
# unless the program seeds it again
import os
import random

random.seed(12345)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, repr([random.random() for _ in range(3)]).encode())
    os._exit(0)
os.waitpid(pid, 0)
child = os.read(r, 1000).decode()
print("child differs from parent:", child != repr([random.random() for _ in range(3)]))

pid = os.fork()
if pid == 0:
    random.seed(7)
    os.write(w, repr(random.random()).encode())
    os._exit(0)
os.waitpid(pid, 0)
random.seed(7)
print("seeded again, the same:", os.read(r, 1000).decode() == repr(random.random()))
