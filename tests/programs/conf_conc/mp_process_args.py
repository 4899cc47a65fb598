import multiprocessing as mp

def work(q, name, count=1, *, sep="-"):
    q.put(sep.join([name] * count))

class Squarer(mp.Process):
    def __init__(self, q, n):
        super().__init__()
        self.q = q
        self.n = n

    def run(self):
        self.q.put(("sq", self.n, self.n * self.n))

if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    procs = [
        mp.Process(target=work, args=(q, "a")),
        mp.Process(target=work, args=(q, "b", 3)),
        mp.Process(target=work, args=(q, "c", 2), kwargs={"sep": "+"}),
    ]
    procs += [Squarer(q, n) for n in (4, 5)]
    for p in procs:
        p.start()
    results = [q.get() for _ in procs]
    for p in procs:
        p.join()
    print(sorted(map(str, results)))
    print([p.exitcode for p in procs])
    named = mp.Process(target=work, args=(q, "z"), name="custom-name")
    print(named.name, named.daemon)
    named.daemon = True
    named.start()
    print(q.get())
    named.join()
    print(named.exitcode)
    print(mp.current_process().name)
    print(mp.parent_process())
    try:
        named.start()
    except AssertionError as e:
        print("AssertionError:", e)
