# signal.default_int_handler raises KeyboardInterrupt, directly or through SIGINT
import signal

try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("direct call:", type(e).__name__, e.args)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("raise_signal(SIGINT):", repr(e))

print(issubclass(KeyboardInterrupt, BaseException), issubclass(KeyboardInterrupt, Exception))

# except Exception does not catch it
try:
    try:
        signal.raise_signal(signal.SIGINT)
    except Exception:
        print("wrong: caught as Exception")
except KeyboardInterrupt:
    print("passed through except Exception")

# installed for another signal, it still raises KeyboardInterrupt
signal.signal(signal.SIGUSR1, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGUSR1)
except KeyboardInterrupt:
    print("SIGUSR1 -> KeyboardInterrupt")

try:
    signal.default_int_handler()
except TypeError as e:
    print("TypeError:", e)

# with SIGINT ignored nothing happens
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
