print("cyc_y: start")
import _helper_cyc_x
SEEN = sorted(k for k in vars(_helper_cyc_x) if k.startswith("X_"))
try:
    from _helper_cyc_x import X_LATE
except ImportError as e:
    print("cyc_y: ImportError:", str(e).split(" (/")[0].split(" (")[0], "|", e.name)
from _helper_cyc_x import X_EARLY
print("cyc_y: got", X_EARLY)
print("cyc_y: end")
