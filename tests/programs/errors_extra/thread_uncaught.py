# an uncaught error in a worker thread goes through threading.excepthook; the main thread goes on
import threading

def own_frames_only(args):
    # threading.py's own frames differ between installs: start the traceback at this file
    tb = args.exc_traceback
    while tb is not None and tb.tb_frame.f_code.co_filename != __file__:
        tb = tb.tb_next
    value = args.exc_value.with_traceback(tb)
    threading.__excepthook__(threading.ExceptHookArgs((args.exc_type, value, tb, args.thread)))

threading.excepthook = own_frames_only

def worker(items):
    total = 0
    for item in items:
        total += item
    print("worker total", total)

t1 = threading.Thread(target=worker, args=([1, 2, 3],))
t1.start(); t1.join()
t2 = threading.Thread(target=worker, args=([1, "2"],), name="adder")
t2.start(); t2.join()
t3 = threading.Thread(target=worker, args=(None,))
t3.start(); t3.join()
print("main continues")
raise RuntimeError("main thread fails too")
