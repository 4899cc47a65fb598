# signal: a worker thread raises SIGINT; KeyboardInterrupt is delivered to the main thread
import signal, threading, time

ready = threading.Event()
def w():
    ready.wait()
    signal.raise_signal(signal.SIGINT)
t = threading.Thread(target=w); t.start()
try:
    ready.set()
    t.join()
    for _ in range(100):
        time.sleep(0.01)
    print("no interrupt")
except KeyboardInterrupt:
    print("main got KeyboardInterrupt in", threading.current_thread().name)
t.join()
print("worker alive:", t.is_alive())
