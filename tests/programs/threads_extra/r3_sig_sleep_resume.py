# signal: PEP 475 - sleep and Event.wait resume after a handler that does not raise
import signal, threading, time

hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
t0 = time.monotonic()
time.sleep(0.15)
el = time.monotonic() - t0
ev = threading.Event()
r = ev.wait(0.1)
signal.setitimer(signal.ITIMER_REAL, 0)
print("slept full:", el >= 0.15, "wait result:", r)
print("handler ran:", len(hits) >= 2, set(hits) == {signal.SIGALRM})
print(signal.getitimer(signal.ITIMER_REAL))
