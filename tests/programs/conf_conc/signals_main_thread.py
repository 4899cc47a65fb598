import threading, signal, _thread, time, sys, os

def in_thread():
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError as e:
        print("ValueError:", e)
t = threading.Thread(target=in_thread); t.start(); t.join()

def interrupter():
    time.sleep(0.05)
    _thread.interrupt_main()

t = threading.Thread(target=interrupter)
t.start()
try:
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("main got KeyboardInterrupt")
t.join()

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append((s, threading.current_thread().name)))
def sender():
    os.kill(os.getpid(), signal.SIGUSR1)
t = threading.Thread(target=sender, name="sender"); t.start(); t.join()
time.sleep(0.05)
print(got == [(signal.SIGUSR1, "MainThread")])

ev = threading.Event()
def interrupt_wait():
    time.sleep(0.05)
    _thread.interrupt_main(signal.SIGUSR1)
t = threading.Thread(target=interrupt_wait); t.start()
ev.wait(0.3)
t.join()
print(len(got))
signal.signal(signal.SIGALRM, lambda s, f: print("alarm handler in", threading.current_thread().name))
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
def raise_handler(s, f):
    raise RuntimeError("from handler")
signal.signal(signal.SIGUSR2, raise_handler)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for _ in range(1000):
        pass
except RuntimeError as e:
    print("handler exception in main:", e)
lock = threading.Lock(); lock.acquire()
signal.signal(signal.SIGALRM, raise_handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except RuntimeError as e:
    print("lock.acquire interrupted:", e)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(threading.main_thread().is_alive())
_thread.interrupt_main()
print("unreached?")
