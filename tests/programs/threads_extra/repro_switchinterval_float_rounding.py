# CPython returns 1e-6 * microseconds, so 0.0001 comes back as 9.999999999999999e-05
import sys
for v in (0.0001, 0.05, 0.1, 0.005):
    sys.setswitchinterval(v)
    print(v, repr(sys.getswitchinterval()), sys.getswitchinterval() == v)
