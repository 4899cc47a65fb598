# pipes past the OS buffer: a child sends 1 MB with send_bytes (one message, then 64 KiB
# pieces, then one pickled object) while the parent reads; 10000 small messages each way
# through a duplex Pipe; recv_bytes(maxlength) too small; recv_bytes_into too short / offset
import multiprocessing as mp
import hashlib

MB = 1 << 20


def blob(n, seed):
    out = bytearray()
    i = 0
    while len(out) < n:
        out += hashlib.sha256(b"%d-%d" % (seed, i)).digest()
        i += 1
    return bytes(out[:n])


def big_sender(conn):
    data = blob(MB, 1)
    conn.send_bytes(data)
    for off in range(0, MB, 65536):
        conn.send_bytes(data, off, 65536)
    conn.send({"payload": data, "tail": [1, 2, 3]})
    conn.send_bytes(b"")
    conn.close()


def chatter(conn, n):
    total = 0
    for i in range(n):
        conn.send(i)
        total += conn.recv()
    conn.send(("total", total))


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]


if __name__ == '__main__':
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=big_sender, args=(w,))
    p.start()
    w.close()
    expect = blob(MB, 1)
    one = r.recv_bytes()
    print("one message:", len(one), one == expect)
    pieces = [r.recv_bytes() for _ in range(16)]
    print("pieces:", len(pieces), set(len(x) for x in pieces), b"".join(pieces) == expect)
    obj = r.recv()
    print("object:", len(obj["payload"]), obj["payload"] == expect, obj["tail"])
    print("empty message:", r.recv_bytes())
    try:
        r.recv_bytes()
    except EOFError:
        print("EOF")
    p.join()
    print("exitcode", p.exitcode, "digest", digest(expect))

    a, b = mp.Pipe()
    p = mp.Process(target=chatter, args=(b, 10000))
    p.start()
    seen = 0
    for i in range(10000):
        v = a.recv()
        seen += v == i
        a.send(v * 2)
    print("chatter:", seen, a.recv())
    p.join()
    print("exitcode", p.exitcode)

    a, b = mp.Pipe()
    b.send_bytes(b"0123456789")
    try:
        a.recv_bytes(5)
    except OSError as e:
        print("maxlength:", type(e).__name__, e)
    print("readable after bad length:", a.readable, a.writable, a.closed)
    try:
        a.recv_bytes()
    except OSError as e:
        print("then:", e)
    r, w = mp.Pipe(duplex=False)
    w.send_bytes(b"0123456789")
    try:
        r.recv_bytes(9)
    except OSError as e:
        print("one-way maxlength:", e, "closed", r.closed)
    a, b = mp.Pipe()
    b.send_bytes(b"abcdefgh")
    buf = bytearray(6)
    try:
        a.recv_bytes_into(buf)
    except mp.BufferTooShort as e:
        print("BufferTooShort", e.args[0], isinstance(e, mp.ProcessError))
    b.send_bytes(b"xyz")
    buf = bytearray(b"........")
    print("into at 4:", a.recv_bytes_into(buf, 4), buf)
    for args in ((-1,), (9,)):
        try:
            a.recv_bytes_into(bytearray(8), *args)
        except ValueError as e:
            print("offset", args, "ValueError", e)
    for args in ((b"abc", -1), (b"abc", 4), (b"abc", 1, 5), (b"abc", 0, -1)):
        try:
            b.send_bytes(*args)
        except ValueError as e:
            print("send_bytes", args[1:], "ValueError", e)
    b.send_bytes(b"abcdef", 2, 3)
    print("slice sent:", a.recv_bytes())
