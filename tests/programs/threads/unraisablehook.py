# sys.unraisablehook receives what __del__, dying generators and _thread threads cannot raise
import sys
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, u.err_msg, type(u.object).__name__, u.exc_traceback is not None, type(u).__name__, len(u)))
sys.unraisablehook = hook
class A:
    def __del__(self): 1/0
A()
def g():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
it = g(); next(it); del it
import _thread, time
def f(): raise KeyError(1)
_thread.start_new_thread(f, ()); time.sleep(0.1)
print(seen)
print(sys.__unraisablehook__ is not hook, sys.__unraisablehook__.__name__)
