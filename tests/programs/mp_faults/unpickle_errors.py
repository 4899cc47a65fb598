# objects that pickle fine but fail to unpickle on the receiving side: Connection.recv and
# Queue.get raise the unpickling error and the channel stays usable for the next message;
# a Pool task starting a Process (workers are daemonic) and a Pool task whose exception
# cannot be rebuilt with its args in the parent
import multiprocessing as mp


class Exploding:
    def __init__(self, tag):
        self.tag = tag

    def __reduce__(self):
        return (explode, (self.tag,))


def explode(tag):
    raise ValueError("cannot rebuild %s" % tag)


class Gone:
    pass


def send_things(conn):
    conn.send(Exploding("via pipe"))
    conn.send("after the bad one")
    conn.send(Gone())


def queue_things(q):
    q.put(Exploding("via queue"))
    q.put("queue after the bad one")


def spawn_grandchild():
    p = mp.Process(target=len, args=((),))
    p.start()
    return "started"


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        # (the module's repr holds the script's absolute path)
        print(label, "->", type(e).__name__, str(e).split(" on <module")[0])


if __name__ == '__main__':
    a, b = mp.Pipe()
    p = mp.Process(target=send_things, args=(b,))
    p.start()
    try_call("recv bad", a.recv)
    try_call("recv next", a.recv)
    del Gone  # the class no longer exists in the receiver's __main__
    try_call("recv missing class", a.recv)
    p.join()

    q = mp.Queue()
    p = mp.Process(target=queue_things, args=(q,))
    p.start()
    try_call("get bad", q.get, True, 10)
    try_call("get next", q.get, True, 10)
    p.join()
    print("exitcodes fine")

    try_call("loads truncated", __import__("pickle").loads, b"\x80\x04\x95")
    a.send_bytes(b"not a pickle")
    try_call("recv garbage", b.recv)
    a.send("ok")
    try_call("recv after garbage", b.recv)

    with mp.Pool(1) as pool:
        try_call("pool task starting a Process", pool.apply, spawn_grandchild)
        try_call("pool still fine", pool.apply, abs, (-3,))
