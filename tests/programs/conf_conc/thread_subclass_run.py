import threading

class Worker(threading.Thread):
    def __init__(self, n, results):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.results = results

    def run(self):
        total = sum(i * i for i in range(self.n * 100))
        self.results.append((self.name, total))

results = []
workers = [Worker(i, results) for i in range(1, 5)]
for w in workers:
    print(w.name, "alive before start:", w.is_alive())
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, "alive after join:", w.is_alive(), "daemon:", w.daemon)
for name, total in sorted(results):
    print(name, total)
print(repr(workers[0]).split(" ")[0], "stopped" in repr(workers[0]))
