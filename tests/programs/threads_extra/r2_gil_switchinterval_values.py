# sys.setswitchinterval accepts ints, floats, bools; rejects zero, negatives, strings, NaN
import sys

def show(label, v):
    try:
        sys.setswitchinterval(v)
        print(label, "->", sys.getswitchinterval())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

orig = sys.getswitchinterval()
print(orig)
for label, v in (("int 1", 1), ("float 0.5", 0.5), ("True", True), ("2", 2), ("0.25", 0.25),
                 ("1e-6", 1e-6), ("1e-9", 1e-9), ("0.0", 0.0), ("0", 0), ("False", False),
                 ("-1", -1), ("-0.001", -0.001), ("str", "0.1"), ("None", None), ("nan", float("nan")),
                 ("inf", float("inf")), ("big", 1e10), ("0.125", 0.125)):
    show(label, v)
try:
    sys.setswitchinterval()
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(orig)
print(sys.getswitchinterval() == orig)
