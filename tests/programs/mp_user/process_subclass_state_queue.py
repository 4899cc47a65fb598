# A Process subclass computes in run() and sends its state back through a Queue.
import multiprocessing as mp


class Summer(mp.Process):
    def __init__(self, numbers, q, label):
        super().__init__(name="summer-" + label)
        self.numbers = numbers
        self.q = q
        self.label = label
        self.total = 0

    def run(self):
        for n in self.numbers:
            self.total += n
        self.q.put({"label": self.label, "name": self.name, "total": self.total,
                    "count": len(self.numbers)})


if __name__ == '__main__':
    q = mp.Queue()
    workers = [Summer(list(range(k * 10, k * 10 + 10)), q, str(k)) for k in range(3)]
    for w in workers:
        w.start()
    reports = sorted((q.get(timeout=10) for _ in workers), key=lambda d: d["label"])
    for w in workers:
        w.join()
    for r in reports:
        print(r["label"], r["name"], r["total"], r["count"])
    print("parent copy total untouched:", [w.total for w in workers])
    print("names:", [w.name for w in workers])
    print("exitcodes:", [w.exitcode for w in workers])
    print("alive:", [w.is_alive() for w in workers])
