# signal.signal returns the previous handler; getsignal reports the current one
import signal

def handler_a(signum, frame):
    pass

def handler_b(signum, frame):
    pass

print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
old = signal.signal(signal.SIGUSR1, handler_a)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler_a)
old = signal.signal(signal.SIGUSR1, handler_b)
print(old is handler_a, signal.getsignal(signal.SIGUSR1) is handler_b)
old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(old is handler_b, signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
old = signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(old == signal.SIG_IGN, signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

# plain ints 0 and 1 work as SIG_DFL / SIG_IGN; other non-callables are rejected
print(signal.signal(signal.SIGUSR2, 1) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)
signal.signal(signal.SIGUSR2, 0)
print(signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)
for bad in (5, "handler", None):
    try:
        signal.signal(signal.SIGUSR2, bad)
    except TypeError as e:
        print("TypeError:", e)

# any callable works, including a bound method or lambda
class Counter:
    def __init__(self):
        self.n = 0
    def on_signal(self, signum, frame):
        self.n += 1
c = Counter()
signal.signal(signal.SIGTERM, c.on_signal)
print(signal.getsignal(signal.SIGTERM) == c.on_signal)
signal.signal(signal.SIGTERM, lambda s, f: None)
print(signal.getsignal(signal.SIGTERM).__name__)

# restoring SIGINT's default handler object
prev = signal.signal(signal.SIGINT, signal.SIG_IGN)
print(prev is signal.default_int_handler)
signal.signal(signal.SIGINT, prev)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

for bad_num in (0, -1, 1000):
    try:
        signal.signal(bad_num, handler_a)
    except ValueError as e:
        print(bad_num, "ValueError:", e)
try:
    signal.signal(signal.SIGKILL, handler_a)
except OSError as e:
    print("SIGKILL OSError:", e.errno == 22)
