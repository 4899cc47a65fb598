# children ended by signals: terminate() gives -15, kill() gives -9, a child killing itself,
# a child ignoring SIGTERM survives terminate() until kill(), a SIGTERM handler choosing the
# exit code, os._exit codes
import multiprocessing as mp
import os
import signal
import sys
import time


def sleeper(ready):
    ready.set()
    time.sleep(30)


def sleeper_quiet(ready):
    sys.stderr = open(os.devnull, "w")  # the KeyboardInterrupt traceback goes nowhere
    ready.set()
    time.sleep(30)


def ignore_term(ready):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready.set()
    time.sleep(30)


def handle_term(ready):
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(signum + 100))
    ready.set()
    time.sleep(30)


def self_kill(sig):
    os.kill(os.getpid(), sig)
    time.sleep(30)


def hard_exit(code):
    os._exit(code)


def started(target, *args):
    ready = mp.Event()
    p = mp.Process(target=target, args=(ready,) + args)
    p.start()
    ready.wait(10)
    return p


if __name__ == '__main__':
    p = started(sleeper)
    p.terminate()
    p.join()
    print("terminate:", p.exitcode, p.is_alive())
    p = started(sleeper)
    p.kill()
    p.join()
    print("kill:", p.exitcode)
    p = started(sleeper_quiet)
    os.kill(p.pid, signal.SIGINT)  # KeyboardInterrupt in the child: an ordinary exception
    p.join()
    print("SIGINT:", p.exitcode)
    p = started(ignore_term)
    p.terminate()
    p.join(0.2)
    print("ignoring SIGTERM, still alive:", p.is_alive(), p.exitcode)
    p.kill()
    p.join()
    print("then kill:", p.exitcode)
    p = started(handle_term)
    p.terminate()
    p.join()
    print("handler exit code:", p.exitcode)
    for sig in (signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1, signal.SIGHUP):
        q = mp.Process(target=self_kill, args=(sig,))
        q.start()
        q.join()
        print("self", signal.Signals(sig).name, q.exitcode)
    for code in (0, 2, 255, 256):
        q = mp.Process(target=hard_exit, args=(code,))
        q.start()
        q.join()
        print("os._exit", code, "->", q.exitcode)
    print("active:", mp.active_children())
