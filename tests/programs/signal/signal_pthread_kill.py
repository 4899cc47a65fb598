# signal.pthread_kill to the main thread (from itself and from a worker) runs the Python handler
import os
import signal
import threading

got = []
def handler(signum, frame):
    got.append((int(signum), threading.current_thread() is threading.main_thread()))

signal.signal(signal.SIGUSR1, handler)
main_ident = threading.main_thread().ident
signal.pthread_kill(main_ident, signal.SIGUSR1)
for _ in range(1000):
    if got:
        break
print("from main:", got)

got.clear()
def sender():
    signal.pthread_kill(main_ident, signal.SIGUSR1)
t = threading.Thread(target=sender)
t.start()
t.join()
for _ in range(1000):
    if got:
        break
print("from worker:", got)

# signal 0 only checks that the thread exists
print(signal.pthread_kill(main_ident, 0))

# os.kill to our own process is delivered the same way
got.clear()
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(1000):
    if got:
        break
print("os.kill:", got)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
