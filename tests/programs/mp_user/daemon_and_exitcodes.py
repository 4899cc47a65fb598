# Daemon flag, process names, sys.exit codes, terminate(), and exit codes of failing targets.
import multiprocessing as mp
import sys
import time


def exits_with(code):
    sys.exit(code)


def sleeps_forever():
    while True:
        time.sleep(0.05)


def fine():
    pass


def raises_quietly():
    sys.exit("message goes to stderr")


if __name__ == '__main__':
    ps = [mp.Process(target=exits_with, args=(c,), name="exit-%d" % c) for c in (0, 1, 3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    for p in ps:
        print(p.name, p.exitcode, p.daemon)

    d = mp.Process(target=sleeps_forever, name="bg", daemon=True)
    print("daemon before start:", d.daemon)
    d.start()
    print("alive:", d.is_alive())
    d.terminate()
    d.join(5)
    print("terminated exitcode:", d.exitcode, "alive:", d.is_alive())

    f = mp.Process(target=fine)
    print("default name prefix ok:", f.name.startswith("Process-"))
    print("exitcode before start:", f.exitcode)
    f.start()
    f.join()
    print("fine exitcode:", f.exitcode)

    k = mp.Process(target=sleeps_forever, daemon=True)
    k.start()
    k.kill()
    k.join(5)
    print("killed exitcode:", k.exitcode)
    print("current process:", mp.current_process().name)
    print("active children after joins:", len(mp.active_children()))
