# GIL lecture: getswitchinterval/setswitchinterval round trips and errors
import sys, threading

orig = sys.getswitchinterval()
print(type(orig).__name__, orig)
for v in (0.001, 0.0001, 1e-6, 0.5, 0.005):
    sys.setswitchinterval(v)
    got = sys.getswitchinterval()
    print(v, got, abs(got - v) < 1e-9)
for bad in (0, -1.0, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError", e)
sys.setswitchinterval(1)
print(sys.getswitchinterval())
seen = []
def w():
    seen.append(sys.getswitchinterval())
t = threading.Thread(target=w); t.start(); t.join()
print("thread sees", seen)
sys.setswitchinterval(orig)
print(sys.getswitchinterval() == orig)
