# default warning output to stderr, __warningregistry__ keys, resetwarnings, error/module actions
import warnings, sys
print(len(warnings.filters), [f[0] for f in warnings.filters])
print([f[2].__name__ for f in warnings.filters])
print(warnings.defaultaction, warnings.onceregistry)
def f():
    warnings.warn("dup")
for i in range(3):
    f()
print(sorted(k[:2] for k in globals().get("__warningregistry__", {}) if isinstance(k, tuple)))
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset", RuntimeWarning)
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("err")
    print("no raise for UserWarning")
    warnings.warn("err", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e, e.args)
warnings.simplefilter("module")
def g(): warnings.warn("mod", SyntaxWarning)
g(); g()
try:
    warnings.warn(123)
except TypeError as e: print(e)
class W(Warning):
    def __str__(self): return "custom str"
warnings.warn(W("x"))
warnings.warn_explicit("e", UserWarning, "zz.py", 3, module_globals=None)
warnings.showwarning = lambda *a, **k: print("show", a[0], a[1].__name__, a[3], k)
warnings.warn("direct")
import sys
sys.exit(1)
