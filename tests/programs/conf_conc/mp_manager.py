import multiprocessing as mp

def fill(d, lst, key):
    d[key] = key * 2
    lst.append(key)

if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        lst = m.list()
        procs = [mp.Process(target=fill, args=(d, lst, k)) for k in range(5)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(d.items()))
        print(sorted(lst))
        print(len(d), len(lst))
        ns = m.Namespace()
        ns.x = 10
        print(ns.x)
        q = m.Queue()
        q.put("hello")
        print(q.get())
        v = m.Value("i", 7)
        print(v.value)
        lk = m.Lock()
        with lk:
            print("manager lock held")
        d2 = m.dict({"a": 1})
        d2.update(b=2)
        print(sorted(d2.keys()), d2.get("c", "missing"))
