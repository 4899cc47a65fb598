# multiprocessing.Process with fork: names, exit codes (incl. signals), current/parent
# process, join with timeout, is_alive, daemon flag, misuse errors
import multiprocessing as mp
import os
import signal
import sys
import time

def child_info(tag):
    p = mp.current_process()
    print(tag, p.name, mp.parent_process().name, mp.parent_process().pid == os.getppid(), flush=True)

def exit_with(code):
    sys.exit(code)

def sleepy():
    time.sleep(30)

print(mp.current_process().name, mp.parent_process(), mp.cpu_count() >= 1)
p = mp.Process(target=child_info, args=("hello",))
print(p.name, p.exitcode, p.pid, p.is_alive(), p.daemon)
p.start()
p.join()
print(p.exitcode, p.is_alive(), isinstance(p.pid, int))
codes = []
for c in (0, 3, None, "message"):
    q = mp.Process(target=exit_with, args=(c,), name="exit-%s" % c)
    q.start()
    q.join()
    codes.append((q.name, q.exitcode))
print(codes)
s = mp.Process(target=sleepy, daemon=True)
s.start()
s.join(timeout=0.05)
print("after timeout:", s.is_alive(), s.exitcode, s.daemon)
s.terminate()
s.join()
print("terminated:", s.exitcode)
k = mp.Process(target=sleepy)
k.start()
k.kill()
k.join()
print("killed:", k.exitcode, mp.active_children())
for bad in (lambda: p.start(), lambda: mp.Process().join(), lambda: setattr(p, "daemon", True)):
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)
p.close()
try:
    p.is_alive()
except ValueError as e:
    print("ValueError:", e)
class Worker(mp.Process):
    def run(self):
        print("subclass run in", self.name, flush=True)
w = Worker()
w.start(); w.join()
print(w.name, w.exitcode)
sys.exit(1)  # so that the child's stderr line above is recorded
