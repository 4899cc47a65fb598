# the parent blocks in Connection.recv() while the child holding the other end dies by a
# signal: once the parent has closed its own copy of the child's end, recv raises EOFError
# (after the messages sent before death); poll reports the EOF as readable
import multiprocessing as mp
import os
import signal
import time


def talker(conn, sig):
    conn.send("first")
    conn.send_bytes(b"second")
    time.sleep(0.2)
    os.kill(os.getpid(), sig)
    time.sleep(30)


def drain(conn):
    got = []
    while True:
        try:
            got.append(conn.recv_bytes())
        except EOFError as e:
            return got, "EOFError" + repr(e.args)


if __name__ == '__main__':
    for duplex in (True, False):
        for sig in (signal.SIGKILL, signal.SIGTERM):
            if duplex:
                mine, theirs = mp.Pipe()
            else:
                mine, theirs = mp.Pipe(duplex=False)
            p = mp.Process(target=talker, args=(theirs, sig))
            p.start()
            theirs.close()  # only the child holds the write end now
            print("duplex" if duplex else "one-way", signal.Signals(sig).name)
            print("  recv", mine.recv())
            print("  recv", mine.recv_bytes())
            try:
                mine.recv()  # blocks until the child dies
            except EOFError as e:
                print("  EOFError", e.args)
            print("  poll after EOF:", mine.poll(), mine.poll(0.5))
            try:
                mine.recv_bytes()
            except EOFError:
                print("  again EOFError")
            p.join()
            print("  exitcode", p.exitcode)
            mine.close()

    # a child killed while the parent is blocked in recv with nothing received yet
    a, b = mp.Pipe()
    p = mp.Process(target=time.sleep, args=(30,))
    p.start()
    assassin = mp.Process(target=os.kill, args=(p.pid, signal.SIGKILL))
    b.close()
    # the two children hold b's descriptors: recv waits until both are gone
    assassin.start()
    print("drain:", drain(a))
    p.join()
    assassin.join()
    print("exitcodes", p.exitcode, assassin.exitcode)
