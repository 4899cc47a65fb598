"""The per-thread GIL summary the lab's examples print at the end (gilpy only: CPython and
Python 2.7 have no `gil` module, and then nothing is printed). Written in the subset of
Python that 2.7 also runs, as countdown.py and convoy.py are."""

from __future__ import print_function

try:
    import gil  # gilpy only
except ImportError:
    gil = None


def print_gil_summary():
    if gil is None:
        return
    print("")
    print("gil.mode() = %r; gil.stats() per thread (seconds):" % (gil.mode(),))
    print("  %-12s %8s %8s %8s %9s %7s %9s %9s"
          % ("thread", "holding", "waiting", "without", "acquired", "forced", "released", "max wait"))
    for row in gil.stats():
        print("  %-12s %8.3f %8.3f %8.3f %9d %7d %9d %9.4f"
              % (row.get("name", "?")[:12], row.get("holding", 0.0), row.get("waiting", 0.0),
                 row.get("without", 0.0), row.get("acquisitions", 0), row.get("forced_drops", 0),
                 row.get("voluntary_releases", 0), row.get("longest_wait", 0.0)))
