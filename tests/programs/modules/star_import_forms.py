# from pkg import * with and without __all__
from _pkg_plain import *
print(alpha, beta, gamma())
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
print("extra" in dir())
from _helper_all import *
print(public_a, public_b)
for name in ("not_exported", "_underscore"):
    print(name, name in dir())
import _pkg_plain.extra
from _pkg_plain import *
print("extra" in dir(), extra.DELTA)
import _pkg_plain
print(_pkg_plain._private, hasattr(_pkg_plain, "__all__"))
