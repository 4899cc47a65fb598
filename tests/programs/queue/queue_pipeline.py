# a three-stage pipeline of worker threads connected by queues, with sentinels for shutdown
import queue
import threading

STOP = object()
stage1 = queue.Queue()
stage2 = queue.Queue(maxsize=4)
results = queue.PriorityQueue()

def parser(n_downstream):
    while True:
        line = stage1.get()
        if line is STOP:
            for _ in range(n_downstream):
                stage2.put(STOP)
            return
        name, value = line.split("=")
        stage2.put((name.strip(), int(value)))

def squarer():
    while True:
        item = stage2.get()
        if item is STOP:
            return
        name, value = item
        results.put((value * value, name))

workers = [threading.Thread(target=squarer) for _ in range(3)]
p = threading.Thread(target=parser, args=(len(workers),))
p.start()
for w in workers:
    w.start()
lines = [f"k{i} = {(i * 7) % 13}" for i in range(26)]
for line in lines:
    stage1.put(line)
stage1.put(STOP)
p.join()
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(len(out))
print(out[:6])
print(out[-3:])
print(stage1.empty(), stage2.empty())
