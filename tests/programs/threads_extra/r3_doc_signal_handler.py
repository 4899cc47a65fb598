# docs-style: signal handler installed, raise_signal, getsignal and restore
import signal, sys

calls = []
def handler(signum, frame):
    calls.append((signum, signal.Signals(signum).name, frame is not None))

old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(calls)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored ok", len(calls))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(int(signal.SIGUSR1) == signal.SIGUSR1.value, signal.SIGUSR1.name)
try:
    signal.signal(signal.SIGKILL, handler)
except (OSError, RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
