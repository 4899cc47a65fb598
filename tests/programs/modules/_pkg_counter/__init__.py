# package with module-level state
from ._impl import Counter
default = Counter()
