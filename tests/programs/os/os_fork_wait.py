# os.fork as CPython does it: at-fork hooks, one thread in the child, waitpid/wait and the W* helpers
import os, sys, threading, time
print("parent start", flush=True)
calls = []
os.register_at_fork(before=lambda: calls.append("before1"), after_in_parent=lambda: calls.append("parent1"), after_in_child=lambda: calls.append("child1"))
os.register_at_fork(before=lambda: calls.append("before2"), after_in_child=lambda: calls.append("child2"))
ev = threading.Event()
t = threading.Thread(target=ev.wait, daemon=True)
t.start()
print("line before fork", flush=True)
pid = os.fork()
if pid == 0:
    print("child:", threading.active_count(), threading.current_thread() is threading.main_thread(), calls)
    lock = threading.Lock()
    with lock:
        pass
    q = [i * i for i in range(1000)]
    sys.stdout.flush()
    os._exit(7)
else:
    p, status = os.waitpid(pid, 0)
    print("parent:", p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status), calls, threading.active_count())
    pid2 = os.fork()
    if pid2 == 0:
        import signal
        os.kill(os.getpid(), signal.SIGKILL)
    p2, st2 = os.waitpid(pid2, 0)
    print("killed:", os.WIFSIGNALED(st2), os.WTERMSIG(st2), os.waitstatus_to_exitcode(st2))
    pid3 = os.fork()
    if pid3 == 0:
        print("child3 exits normally")
        sys.exit(3)
    print("wait:", os.wait()[1] >> 8)
    ev.set()
    try:
        os.register_at_fork()
    except TypeError as e:
        print("TypeError:", e)
    try:
        os.register_at_fork(before=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        os.waitstatus_to_exitcode(0x7f)
    except ValueError as e:
        print("ValueError:", e)
