# warnings: default filters, once-per-location registry, catch_warnings, error/ignore filters, showwarning
import warnings
print(warnings.filters)
warnings.warn('x')
def f(): warnings.warn('dep', DeprecationWarning, stacklevel=2)
f()
f()
for i in range(3):
    f()
    warnings.warn("loop")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('rec', RuntimeWarning)
    print(len(w), w[0].message, w[0].category, w[0].lineno, repr(str(w[0].message)))
print(warnings.formatwarning('m', UserWarning, 'f.py', 3))
try:
    warnings.warn('x', 5)
except Exception as e: print(repr(e))
warnings.simplefilter('error')
try: warnings.warn('boom')
except UserWarning as e: print('raised', repr(e))
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.warn("skip me")
warnings.warn("Skip me too")
warnings.warn("show me", SyntaxWarning)
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = show
warnings.warn("via custom")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
warnings.warn("visible again", FutureWarning)
class MyWarning(UserWarning): pass
warnings.warn(MyWarning("instance"))
import sys; sys.exit(1)
