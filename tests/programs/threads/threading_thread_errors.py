# error messages from misusing Thread objects
import threading

def report(what, fn):
    try:
        fn()
        print(what, "-> no error")
    except Exception as e:
        print(what, "->", type(e).__name__ + ":", e)

t = threading.Thread(target=lambda: None)
report("join before start", t.join)
report("join(timeout) before start", lambda: t.join(0.01))
t.start()
t.join()
report("start twice", t.start)

def set_daemon():
    t.daemon = True
report("daemon after start", set_daemon)

report("join current thread", threading.current_thread().join)

inner_result = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        inner_result.append(str(e))
s = threading.Thread(target=join_self)
s.start()
s.join()
print("join self in worker ->", inner_result)

report("Thread with positional group", lambda: threading.Thread("group"))
report("Thread with unknown keyword", lambda: threading.Thread(bogus=1))

# a non-callable target fails only when run() calls it; catch it with a hook
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value)))
bad = threading.Thread(target=5, name="bad")
bad.start()
bad.join()
print("non-callable target ->", caught)

# args that do not match the target's signature also fail inside the thread
caught.clear()
wrong = threading.Thread(target=lambda a: a, args=(1, 2), name="wrong")
wrong.start()
wrong.join()
print("wrong args ->", caught)
