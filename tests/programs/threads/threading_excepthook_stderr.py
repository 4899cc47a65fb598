# the default excepthook prints to the real stderr; given no traceback it prints the header and the error
import sys
import threading

def strip_traceback(args):
    # hand the default hook the same exception minus its traceback (threading's frames vary by install)
    value = args.exc_value.with_traceback(None)
    threading.__excepthook__(threading.ExceptHookArgs((args.exc_type, value, None, args.thread)))

threading.excepthook = strip_traceback

def fail():
    raise ValueError("from the worker")

t = threading.Thread(target=fail)
t.start()
t.join()
print("joined", t.name)

class AppError(Exception):
    pass
def fail2():
    raise AppError("second", 2)
t = threading.Thread(target=fail2, name="named worker")
t.start()
t.join()

# an exception with a cause: the cause is printed first, as for uncaught exceptions
def chained():
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
t = threading.Thread(target=chained, name="chained")
t.start()
t.join()
print("exit status 1 so stderr is recorded")
sys.stdout.flush()
sys.exit(1)
