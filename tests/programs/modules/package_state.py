# package-level state shared across import styles
import _pkg_counter
from _pkg_counter import default, Counter
print(default.inc(), default.inc(), _pkg_counter.default.n)
c = Counter()
print(c.inc(), _pkg_counter.Counter is Counter, Counter.__module__)
import _pkg_counter._impl as impl
print(impl.Counter is Counter, impl.__name__)
try:
    import _pkg_counter.missing_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _pkg_counter import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
