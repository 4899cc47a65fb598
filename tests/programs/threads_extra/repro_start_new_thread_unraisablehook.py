# an exception escaping a _thread.start_new_thread function is passed to sys.unraisablehook
import sys, _thread, time
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, u.err_msg, u.object.__name__))
def boom():
    1 / 0
_thread.start_new_thread(boom, ())
time.sleep(0.2)
print(seen)
