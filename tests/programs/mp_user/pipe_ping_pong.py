# Ping-pong over a duplex Pipe between parent and child, with a stop message.
from multiprocessing import Process, Pipe


def ponger(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        kind, n = msg
        conn.send(("pong", n + 1))
    conn.close()


if __name__ == '__main__':
    parent, child = Pipe()
    p = Process(target=ponger, args=(child,))
    p.start()
    n = 0
    for _ in range(5):
        parent.send(("ping", n))
        kind, n = parent.recv()
        print(kind, n)
    parent.send("stop")
    print(parent.recv())
    p.join()
    print("poll after bye:", parent.poll(0.1))
    print("exitcode:", p.exitcode)

    r, w = Pipe(duplex=False)
    w.send_bytes(b"raw bytes here")
    print(r.recv_bytes())
    w.send({"nested": [1, (2, 3)], "s": {4}})
    print(r.recv())
