import multiprocessing as mp

def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.close()

def feeder(q, n):
    for i in range(n):
        q.put(i)
    q.put("END")

if __name__ == "__main__":
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        parent, child = ctx.Pipe()
        p = ctx.Process(target=echo, args=(child,))
        p.start()
        for m in [1, "two", [3, 4], {"five": 5}]:
            parent.send(m)
            print(method, parent.recv())
        parent.send(None)
        p.join()
        print(parent.poll(0.01) or "no more data")
        q = ctx.Queue()
        p = ctx.Process(target=feeder, args=(q, 5))
        p.start()
        got = []
        while True:
            v = q.get(timeout=10)
            if v == "END":
                break
            got.append(v)
        p.join()
        print(method, got, p.exitcode)
    a, b = mp.Pipe(duplex=False)
    b.send("one way")
    print(a.recv())
    try:
        a.send("x")
    except OSError as e:
        print("OSError on read end")
