# signal handlers that replace themselves, getsignal after SIG_IGN, raise_signal inside a handler
import signal

log = []
def second(signum, frame):
    log.append(("second", signal.Signals(signum).name))

def first(signum, frame):
    log.append(("first", signum == signal.SIGUSR1))
    old = signal.signal(signal.SIGUSR1, second)
    log.append(("old is first", old is first))

signal.signal(signal.SIGUSR1, first)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
for entry in log:
    print(entry)

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
print(signal.getsignal(signal.SIGUSR2))
print(signal.getsignal(signal.SIGUSR2) is signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("ignored SIGUSR2 survived")

log.clear()
def outer(signum, frame):
    log.append("outer start")
    signal.raise_signal(signal.SIGUSR2)
    log.append("outer end")
def inner(signum, frame):
    log.append("inner")
signal.signal(signal.SIGUSR1, outer)
signal.signal(signal.SIGUSR2, inner)
signal.raise_signal(signal.SIGUSR1)
print(log)

def raiser(signum, frame):
    raise RuntimeError("from handler %d" % (signum == signal.SIGUSR1))
signal.signal(signal.SIGUSR1, raiser)
try:
    signal.raise_signal(signal.SIGUSR1)
    print("not reached")
except RuntimeError as e:
    print("caught", e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))
