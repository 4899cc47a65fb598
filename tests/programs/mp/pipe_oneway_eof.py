# one-way Pipe(duplex=False): direction checks, EOFError once every writer has closed, and
# OSError "handle is closed" on a closed connection
import multiprocessing as mp


def producer(w, n):
    for i in range(n):
        w.send(i * i)
    w.close()


def try_call(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


if __name__ == '__main__':
    r, w = mp.Pipe(duplex=False)
    print("reader", r.readable, r.writable, "writer", w.readable, w.writable)
    try_call("send on read end", r.send, 1)
    try_call("recv on write end", w.recv)
    try_call("send_bytes on read end", r.send_bytes, b"x")
    try_call("recv_bytes on write end", w.recv_bytes)
    p = mp.Process(target=producer, args=(w, 5))
    p.start()
    w.close()  # the parent's copy of the write end: now only the child holds one
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError as e:
            print("EOFError", repr(e))
            break
    p.join()
    print("got", got, "exitcode", p.exitcode)
    try_call("poll after EOF", r.poll)
    try_call("recv again", r.recv)
    r.close()
    r.close()  # closing twice is fine
    print("closed", r.closed, w.closed)
    try_call("recv closed", r.recv)
    try_call("poll closed", r.poll)
    try_call("send closed", w.send, 1)
    try_call("send_bytes closed", w.send_bytes, b"x")
    try_call("fileno closed", r.fileno)
    # duplex pipe: the peer closing gives EOFError on recv and recv_bytes
    a, b = mp.Pipe()
    b.send("one")
    b.close()
    try_call("recv", a.recv)
    try_call("recv after close", a.recv)
    try_call("recv_bytes after close", a.recv_bytes)
    a.close()
    # context manager closes both ends
    with mp.Pipe()[0] as c:
        print("inside with", c.closed)
    print("after with", c.closed)
