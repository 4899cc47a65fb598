# the main code ends while a non-daemon thread still sleeps: the process waits for it to finish
import threading
import time

main_finished = threading.Event()
late_finished = threading.Event()

def late():
    main_finished.wait()
    time.sleep(0.1)          # by now the main thread is waiting in interpreter shutdown
    print("worker: printed after the main code ended")
    time.sleep(0.05)
    print("worker: last line")
    late_finished.set()

def chain():
    # a non-daemon thread started by another non-daemon thread is waited for too
    def inner():
        late_finished.wait()
        time.sleep(0.05)
        print("inner worker done")
    threading.Thread(target=inner).start()

threading.Thread(target=late).start()
c = threading.Thread(target=chain)
c.start()
c.join()
print("main: end of module code")
main_finished.set()
