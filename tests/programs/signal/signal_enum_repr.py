# signal numbers and handlers are IntEnum members: repr, name, str and format
import signal

print(repr(signal.SIGINT), repr(signal.SIGTERM))
print(str(signal.SIGUSR1), f"{signal.SIGUSR1}", format(signal.SIGUSR1, "03d"))
print(signal.SIGINT.name, signal.SIGINT.value)
print(type(signal.SIGINT).__name__, type(signal.SIG_DFL).__name__)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.SIG_IGN.name, int(signal.SIG_IGN))
print(signal.Signals(15), repr(signal.Signals(15)))
print(signal.Signals["SIGUSR2"] is signal.SIGUSR2)
print(signal.Signals.SIGINT is signal.SIGINT)
print(repr(signal.getsignal(signal.SIGUSR1)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.default_int_handler))
try:
    signal.Signals(12345)
except ValueError as e:
    print("ValueError:", e)
