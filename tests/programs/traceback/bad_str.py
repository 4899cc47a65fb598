# An exception whose __str__ fails still gets its full traceback and carets.
import traceback, os, sys
class BadStr(Exception):
    def __str__(self): raise RuntimeError("no")
def f(x): return x[0] + g()
def g(): raise BadStr()
try:
    f([1])
except Exception:
    sys.stdout.write(traceback.format_exc().replace(os.getcwd() + '/', ''))
