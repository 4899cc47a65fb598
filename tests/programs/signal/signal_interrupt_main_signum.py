# _thread.interrupt_main(signum) simulates that signal arriving in the main thread
import _thread
import signal
import threading

got = []
def handler(signum, frame):
    got.append((int(signum), threading.current_thread() is threading.main_thread()))

signal.signal(signal.SIGUSR1, handler)
_thread.interrupt_main(signal.SIGUSR1)          # called from the main thread itself
for _ in range(1000):
    if got:
        break
print("from main:", got)

got.clear()
t = threading.Thread(target=_thread.interrupt_main, args=(signal.SIGUSR1,))
t.start()
t.join()
for _ in range(1000):
    if got:
        break
print("from worker:", got)

# with the signal ignored or at its default disposition, interrupt_main does nothing
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGUSR2)
for _ in range(1000):
    pass
print("ignored and default: still running")

# the default signum is SIGINT, whose handler can be replaced
signal.signal(signal.SIGINT, handler)
got.clear()
_thread.interrupt_main()
for _ in range(1000):
    if got:
        break
print("SIGINT handler:", got)
signal.signal(signal.SIGINT, signal.default_int_handler)

try:
    _thread.interrupt_main(1000)
except ValueError as e:
    print("ValueError:", e)
