# sys.tracebacklimit and negative limits.
import traceback, sys, os
def show(t): sys.stdout.write(t.replace(os.getcwd() + '/', ''))
def a(): return b() + 1
def b(): return c()[0]
def c(): return {}["k"]
sys.tracebacklimit = 2
try:
    a()
except KeyError:
    show(traceback.format_exc())
sys.tracebacklimit = 0
try:
    a()
except KeyError:
    show(traceback.format_exc())
sys.tracebacklimit = -3
try:
    a()
except KeyError:
    show(traceback.format_exc())
del sys.tracebacklimit
try:
    a()
except KeyError:
    show(traceback.format_exc(limit=-2))
