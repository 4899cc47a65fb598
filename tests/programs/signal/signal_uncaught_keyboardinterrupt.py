# an uncaught KeyboardInterrupt from raise_signal(SIGINT): traceback on stderr, the process dies of SIGINT
import signal
import sys

def step(n):
    if n == 0:
        signal.raise_signal(signal.SIGINT)
    return step(n - 1)

print("before")
sys.stdout.flush()
step(2)
print("not reached")
