# pickle.dumps bytes for floats (incl. -0.0, inf, nan) and complex numbers, protocols 0..5, with round trips.
import pickle


def show(label, x):
    print("--", label)
    for p in range(6):
        d = pickle.dumps(x, p)
        print(p, d)
        y = pickle.loads(d)
        print("  ->", type(y).__name__, repr(y))


for f in [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1/3, 1e300, -1e-300, 5e-324,
          1.7976931348623157e308, 123456789012345.0, 1e16, 1e22, 2.5e-5]:
    show(repr(f), f)
show("inf", float("inf"))
show("-inf", float("-inf"))
show("nan", float("nan"))
# -0.0 keeps its sign
for p in range(6):
    z = pickle.loads(pickle.dumps(-0.0, p))
    print(p, "negzero", repr(z), str(z).startswith("-"))
# nan round trip: not equal to itself, but still a nan
for p in range(6):
    n = pickle.loads(pickle.dumps(float("nan"), p))
    print(p, "nan", n != n, repr(n))
show("complex 1+2j", 1 + 2j)
show("complex -0.5j", -0.5j)
show("complex 0j", 0j)
show("complex inf", complex(float("inf"), -1.0))
# floats inside containers
show("list of floats", [1.5, -0.0, 2.0])
show("tuple float int", (0.5, 1))
