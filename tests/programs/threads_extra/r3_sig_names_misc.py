# signal: enum reprs, strsignal, alarm return value, errors for bad signal numbers
import signal

print(repr(signal.SIGINT), str(signal.SIGTERM), signal.SIGINT == 2)
print(signal.Signals(15), signal.Signals["SIGHUP"].value)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), int(signal.SIG_IGN))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV))
print(signal.alarm(0))
print(signal.alarm(10), signal.alarm(0))
for bad in (0, -1, 1000):
    try:
        signal.signal(bad, signal.SIG_IGN)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.signal(signal.SIGUSR1, 42)
except TypeError as e:
    print("TypeError", e)
try:
    signal.raise_signal(1000)
except (ValueError, OSError) as e:
    print(type(e).__name__, e)
print(type(signal.getsignal(signal.SIGUSR1)).__name__)
