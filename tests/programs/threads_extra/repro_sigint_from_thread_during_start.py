# a worker raises SIGINT while the main thread is inside Thread.start()
import signal
import threading

def presser():
    signal.raise_signal(signal.SIGINT)

try:
    threading.Thread(target=presser).start()
    print("start() returned")
    for _ in range(1000):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt caught in main")
