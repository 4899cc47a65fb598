# a sender that dies in the middle of a message: the receiver gets OSError "got end of file
# during message" (body short, or header short), then EOFError;
# odd headers written by hand (negative length, the -1 escape with an 8-byte length, an
# empty body for recv)
import multiprocessing as mp
import os
import struct


def partial_body(fd):
    os.write(fd, struct.pack("!i", 1000) + b"only ten!!")
    os._exit(0)


def partial_header(fd):
    os.write(fd, b"\x00\x00")
    os._exit(0)


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


if __name__ == '__main__':
    for target in (partial_body, partial_header):
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=target, args=(w.fileno(),))
        p.start()
        w.close()
        p.join()
        print(target.__name__, "poll:", r.poll(1))
        try_call("  recv_bytes", r.recv_bytes)
        try_call("  again", r.recv_bytes)
        r.close()

    r, w = mp.Pipe(duplex=False)
    fd = w.fileno()
    os.write(fd, struct.pack("!i", -5))
    try_call("negative length", r.recv_bytes)
    os.write(fd, struct.pack("!i", -1) + struct.pack("!Q", 3) + b"abc")
    try_call("escaped length", r.recv_bytes)
    os.write(fd, struct.pack("!i", 0))
    try_call("zero length recv()", r.recv)
    w.send_bytes(b"tail")
    try_call("aligned again", r.recv_bytes)
    w.close()
    r.close()
