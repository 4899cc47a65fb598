# GIL lecture: thread-safe logging into a list with a Lock, sorted output
import threading

log = []
log_lock = threading.Lock()
def log_msg(fmt, *args):
    msg = fmt % args
    with log_lock:
        log.append(f"[{threading.current_thread().name}] {msg}")

def task(n):
    log_msg("start n=%d", n)
    total = sum(i * i for i in range(n))
    log_msg("result %s=%08d", "sumsq", total)
    log_msg("done %.2f%%", 100.0)

ts = [threading.Thread(target=task, args=(n,), name=f"T{n:02d}") for n in (10, 20, 30, 40)]
for t in ts: t.start()
for t in ts: t.join()
for line in sorted(log):
    print(line)
print(len(log))
