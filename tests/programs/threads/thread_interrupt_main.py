# _thread.interrupt_main from a worker raises KeyboardInterrupt in the main thread
import _thread
import time

ready = _thread.allocate_lock()
ready.acquire()

def interrupter():
    ready.acquire()     # wait until the main thread is inside its try block
    _thread.interrupt_main()

_thread.start_new_thread(interrupter, ())
loops = 0
try:
    ready.release()
    while True:         # the interrupt is noticed between bytecodes / after sleep returns
        time.sleep(0.01)
        loops += 1
        if loops > 6000:
            print("no interrupt arrived")
            break
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught in main:", type(e).__name__, e.args)

# interrupt_main while the main thread is running plain Python code
flag = []
def interrupter2():
    flag.append(1)
    _thread.interrupt_main()
try:
    _thread.start_new_thread(interrupter2, ())
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("caught again, flag:", flag)
print("main continues")
