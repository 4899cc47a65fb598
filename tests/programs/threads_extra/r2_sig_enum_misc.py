# signal module metadata: Signals enum lookups, strsignal, valid_signals, Handlers, Sigmasks
import signal

print(list(signal.Signals)[:5])
print(signal.Signals["SIGTERM"], repr(signal.Signals["SIGTERM"]))
print(signal.Signals(2), int(signal.SIGINT), signal.SIGINT == 2)
print(signal.SIGTERM.name, signal.SIGTERM.value)
print(type(signal.SIGTERM).__name__, isinstance(signal.SIGTERM, int))
try:
    signal.Signals["SIGNOPE"]
except KeyError as e:
    print("KeyError:", e)
try:
    signal.Signals(999)
except ValueError as e:
    print("ValueError:", e)
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1, signal.SIGALRM, signal.SIGCHLD):
    print(int(s), signal.strsignal(s))
for bad in (1000, 0, -1):
    try:
        print(signal.strsignal(bad))
    except ValueError as e:
        print("ValueError:", e)
vs = signal.valid_signals()
print(type(vs).__name__, len(vs) > 30, signal.SIGKILL in vs, 0 in vs)
print(signal.SIG_DFL, signal.SIG_IGN, repr(signal.SIG_DFL), int(signal.SIG_IGN))
print(signal.NSIG)
print(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK)
print(str(signal.SIGTERM), format(signal.SIGTERM, "d"), "%d" % signal.SIGTERM)
print(signal.SIGTERM in [15], {signal.SIGTERM: 1}[15])
print(sorted(n for n in dir(signal.Signals) if n in ("SIGHUP", "SIGPIPE")))
