# an exception raised inside a signal handler propagates out of the interrupted code
import signal

class Timeout(Exception):
    pass

def handler(signum, frame):
    raise Timeout(f"signal {int(signum)}")

signal.signal(signal.SIGUSR1, handler)
try:
    signal.raise_signal(signal.SIGUSR1)
    print("not reached")
except Timeout as e:
    print("caught:", e)

def work():
    total = 0
    for i in range(10):
        if i == 3:
            signal.raise_signal(signal.SIGUSR1)
        total += i
    return total

try:
    work()
except Timeout as e:
    print("caught from inside work():", e)

# finally blocks run when the handler's exception unwinds
log = []
try:
    try:
        signal.raise_signal(signal.SIGUSR1)
    finally:
        log.append("finally ran")
except Timeout:
    log.append("handled")
print(log)

# KeyboardInterrupt raised from a custom SIGINT handler
def to_kbd(signum, frame):
    raise KeyboardInterrupt("from handler")
signal.signal(signal.SIGINT, to_kbd)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt:", e)
signal.signal(signal.SIGINT, signal.default_int_handler)
