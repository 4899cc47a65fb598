# signal constants: the common signal numbers on Linux, SIG_DFL/SIG_IGN, NSIG
import signal

for name in ("SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGUSR2",
             "SIGPIPE", "SIGALRM", "SIGTERM", "SIGCHLD"):
    value = getattr(signal, name)
    print(name, int(value), value == int(value), isinstance(value, int))
print("SIG_DFL", int(signal.SIG_DFL), "SIG_IGN", int(signal.SIG_IGN))
print("NSIG", signal.NSIG)
print(signal.SIGINT == 2, signal.SIGTERM + 0, signal.SIGUSR1 < signal.SIGUSR2)
print(sorted([signal.SIGTERM, signal.SIGINT, signal.SIGUSR1]) == [2, 10, 15])
d = {2: "int key"}
print(d[signal.SIGINT], hash(signal.SIGINT) == hash(2))
print(callable(signal.default_int_handler), callable(signal.signal), callable(signal.getsignal))
