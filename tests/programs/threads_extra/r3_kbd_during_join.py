# signal: KeyboardInterrupt while main waits in join of a non-daemon thread; worker still finishes
import signal, threading, time

go = threading.Event()
done = []
def worker():
    go.wait()
    time.sleep(0.01)
    done.append(1)
t = threading.Thread(target=worker); t.start()
signal.signal(signal.SIGALRM, lambda s, f: signal.default_int_handler(s, f))
signal.setitimer(signal.ITIMER_REAL, 0.03)
try:
    t.join()
except KeyboardInterrupt:
    print("join interrupted", flush=True)
go.set()
t.join(); print("joined again:", t.is_alive())
