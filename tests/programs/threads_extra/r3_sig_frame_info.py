# signal: handler receives the interrupted frame; default_int_handler raises KeyboardInterrupt
import signal

info = []
def h(signum, frame):
    info.append((signum, frame.f_code.co_name, type(frame).__name__))
signal.signal(signal.SIGUSR1, h)
def inner():
    signal.raise_signal(signal.SIGUSR1)
    return "back"
print(inner(), info)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KI", e.args)
try:
    signal.default_int_handler()
except TypeError as e:
    print("TypeError", e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
