# Process names: Process-N numbering, current_process().name inside children, nested
# children named Process-N:M, explicit names, renaming; a Process subclass with its own
# __init__ and run, args/kwargs passed to the target, parent_process() in children
import multiprocessing as mp


def strip_num(s, key):
    # drop every " <key>=<digits>"
    out = ""
    pat = " " + key + "="
    while True:
        i = s.find(pat)
        if i < 0:
            return out + s
        j = i + len(pat)
        while j < len(s) and s[j] in "0123456789":
            j += 1
        if j == i + len(pat):
            out += s[:j]
        else:
            out += s[:i]
        s = s[j:]


def report(q, tag, extra=None):
    me = mp.current_process()
    q.put((tag, me.name, mp.parent_process().name, extra, me.daemon))


def nested(q):
    me = mp.current_process()
    kids = [mp.Process(target=report, args=(q, "grandchild")) for _ in range(2)]
    for k in kids:
        k.start()
        k.join()
    q.put(("nested", me.name, [k.name for k in kids], [k.exitcode for k in kids]))


class Worker(mp.Process):
    def __init__(self, q, factor):
        super().__init__()
        self.q = q
        self.factor = factor

    def run(self):
        self.q.put(("subclass", self.name, mp.current_process().name == self.name,
                    [self.factor * i for i in range(4)]))


class Named(mp.Process):
    def run(self):
        # a subclass that keeps the default run(): target/args still work via super()
        super().run()


if __name__ == '__main__':
    q = mp.Queue()
    print("main:", mp.current_process().name, mp.parent_process())
    procs = [mp.Process(target=report, args=(q, "plain")) for _ in range(2)]
    procs.append(mp.Process(target=report, args=(q, "named"), kwargs={"extra": 42}, name="custom"))
    procs.append(mp.Process(target=report, args=(q, "daemon"), daemon=True))
    print([p.name for p in procs])
    for p in procs:
        p.start()
        print(q.get(timeout=10))
        p.join()
    n = mp.Process(target=nested, args=(q,))
    n.start()
    for _ in range(3):
        print(q.get(timeout=10))
    n.join()
    w = Worker(q, 3)
    print("subclass object:", w.name, type(w).__name__, w.factor)
    w.start()
    print(q.get(timeout=10))
    w.join()
    x = Named(target=report, args=(q, "via super().run"))
    x.name = "renamed"
    x.start()
    print(q.get(timeout=10))
    x.join()
    print("exitcodes:", [p.exitcode for p in procs + [n, w, x]])
    norm = lambda p: strip_num(strip_num(repr(p), "pid"), "parent")
    print(norm(procs[0]), norm(procs[3]), norm(Worker(q, 1)))
    q.close(); q.join_thread()
