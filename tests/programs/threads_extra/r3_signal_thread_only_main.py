# docs-style: signal.signal only works in the main thread; handlers always run in main
import signal, threading

errs = []
def try_install():
    try:
        signal.signal(signal.SIGUSR2, signal.SIG_IGN)
    except ValueError as e:
        errs.append(str(e))
t = threading.Thread(target=try_install); t.start(); t.join()
print(errs)

where = []
def h(signum, frame):
    where.append(threading.current_thread() is threading.main_thread())
signal.signal(signal.SIGUSR2, h)
def raiser():
    signal.raise_signal(signal.SIGUSR2)
t = threading.Thread(target=raiser); t.start(); t.join()
# give the main thread a chance to run pending handlers
for _ in range(1000):
    if where: break
    sum(range(10))
print(where)
print(signal.SIGUSR2 in signal.valid_signals(), signal.NSIG > 31)
