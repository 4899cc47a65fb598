# multiprocessing.Pipe (duplex): send/recv of picklable objects both ways, send_bytes and
# recv_bytes with offset/size, recv_bytes_into, poll with and without a timeout
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def echo(conn):
    # send back every object, transformed, until None arrives
    while True:
        obj = conn.recv()
        if obj is None:
            break
        conn.send(("echo", obj))
    data = conn.recv_bytes()
    conn.send_bytes(data.upper())
    conn.send_bytes(b"0123456789", 2, 5)
    conn.send_bytes(bytearray(b"abcdef"), 3)
    conn.send("last")
    conn.close()


if __name__ == '__main__':
    a, b = mp.Pipe()
    print(type(a).__name__, a.readable, a.writable, b.readable, b.writable, a.closed)
    p = mp.Process(target=echo, args=(b,))
    p.start()
    objs = [1, -2.5, "text", b"raw", [1, [2, 3]], (4, 5), {"k": [1, 2], 3: None},
            {1, 2, 3}, frozenset("ab"), True, 10 ** 30, complex(1, 2), Point(1, "y"),
            ValueError("bad", 3), range(2, 9, 3), bytearray(b"ba")]
    for o in objs:
        a.send(o)
        tag, back = a.recv()
        name = type(back).__name__
        if isinstance(back, (set, frozenset)):
            back = sorted(back)
        elif isinstance(back, ValueError):
            back = back.args
        print(tag, name, back, back == o or name in ("set", "frozenset", "ValueError", "Point"))
    a.send(None)
    a.send_bytes(b"hello bytes")
    print(a.recv_bytes())
    print(a.recv_bytes())
    print(a.recv_bytes())
    print(a.poll(2), a.recv())
    p.join()
    print("exitcode", p.exitcode)
    # poll on an empty pipe times out, then sees data
    c, d = mp.Pipe()
    print("poll empty", c.poll(), c.poll(0.05))
    d.send_bytes(b"xyz")
    print("poll full", c.poll(), c.poll(None))
    buf = bytearray(8)
    n = c.recv_bytes_into(buf, 2)
    print("into", n, buf)
    d.send_bytes(b"toolong")
    small = bytearray(3)
    try:
        c.recv_bytes_into(small)
    except mp.BufferTooShort as e:
        print("BufferTooShort", e.args[0])
    d.send_bytes(b"abcdef", 1, 2)
    print(c.recv_bytes(maxlength=10))
    for bad in ((b"abc", 4), (b"abc", -1), (b"abc", 1, 3), (b"abc", 0, -1)):
        try:
            d.send_bytes(*bad)
        except ValueError as e:
            print("ValueError", e)
    for conn in (a, b, c, d):
        conn.close()
    print(a.closed, d.closed)
